-- One database per service on the shared server.
CREATE DATABASE subscriber_lookup;
CREATE DATABASE consultation;
CREATE DATABASE sms_gateway;
CREATE DATABASE it_ticket;
CREATE DATABASE outbound_campaign;
