package vn.mobifone.care.bench.consultation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * The packaged lookup, consultation service and SMS gateway, each a child process, on the
 * benchmark's PostgreSQL, Kafka and SMSC simulator, wired as in production: consultation reads the
 * lookup over HTTP, the gateway takes {@code sms-requested} and submits over SMPP.
 */
final class Services implements AutoCloseable {

    enum Service {
        LOOKUP("subscriber-lookup-service", "subscriber_lookup"),
        CONSULTATION("consultation-service", "consultation"),
        SMS_GATEWAY("sms-gateway-service", "sms_gateway");

        final String module;
        final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    /** The billing export's columns, as the lookup documents its import. */
    private static final String HEADER = "msisdn,owner_name,payment_type,status,category,device_type,app_installed_on,arpu_vnd,"
            + "loyalty_points,kndl_tier,current_package,main_balance_vnd,sim_4g,vlr_days_last7,province,district,ward,occupation_code,"
            + "churn_risk,commitment_type,company,premium,id_document_number,has_portrait,has_id_front,has_id_back,id_name_matches_owner";

    private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);
    private final DevTokens tokens;
    private final LocalKafka kafka;

    Services(Path root, Path work, LocalPostgres postgres, LocalKafka kafka, DevKeys keys, SmscSimulator smsc) {
        this.tokens = new DevTokens(keys);
        this.kafka = kafka;
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            postgres.recreateDatabase(service.database);
            ports.put(service, Processes.freePort());
        }
        try {
            for (Service service : Service.values()) {
                Map<String, String> env = ServiceProcess.stackEnvironment(postgres, kafka, keys);
                env.put("LOOKUP_URL", "http://127.0.0.1:" + ports.get(Service.LOOKUP));
                env.put("SMSC_HOST", "127.0.0.1");
                env.put("SMSC_PORT", Integer.toString(smsc.port()));
                running.put(service, ServiceProcess.launch(root, service.module, ports.get(service), env,
                        BenchRun.serviceJvmOptions(service.module, "-Xmx512m", "-XX:+UseParallelGC"), work.resolve(service.module + ".log")));
            }
            // Launched together, awaited together: the starts overlap.
            for (ServiceProcess process : running.values()) {
                process.awaitReady(Duration.ofMinutes(4));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (smsc.boundSessions() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The gateway did not bind to the SMSC simulator");
                }
                Thread.sleep(100);
            }
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw new IllegalStateException("The services did not start", e);
        }
    }

    URI uri(Service service) {
        return URI.create(running.get(service).baseUrl());
    }

    Duration cpu(Service service) {
        return running.get(service).cpu();
    }

    String bearer(String role, String subject) {
        return BenchRun.bearer(tokens, kafka, role, subject);
    }

    /** {@code count} smartphone subscribers without the app, through the lookup's billing import; their MSISDNs. */
    List<String> importSubscribers(int count) throws IOException, InterruptedException {
        List<String> msisdns = new ArrayList<>(count);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            String msisdn = String.format("8490%07d", 1_000_000 + i);
            msisdns.add(msisdn);
            csv.append(msisdn).append(",Khách hàng ").append(i).append(",PREPAID,ACTIVE_2C,NORMAL,SMARTPHONE,,250000,1200,GOLD,C90N,45000,")
                    .append("true,7,Hồ Chí Minh,Quận 1,Phường Bến Nghé,4,0.12,KHÔNG CK,,false,079").append(String.format("%09d", i))
                    .append(",true,true,true,true\n");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(Service.LOOKUP).resolve("/subscriber-imports"))
                .header("Authorization", bearer("admin", "bench-billing")).header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"imported\":" + count)) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        return msisdns;
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::requestStop);
        running.values().forEach(ServiceProcess::close);
    }
}
