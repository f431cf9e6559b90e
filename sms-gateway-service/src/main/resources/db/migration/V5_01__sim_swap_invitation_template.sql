-- Seed 003 section 2b: the invitation SMS to subscribers not yet on a 4G SIM, now with 9090 and the
-- request page, built from the seed's Liveinfo and social-page texts. Advertising: the customer did
-- not ask for it, so it keeps to the window, the opt-out list and the campaign's caps.
INSERT INTO template (id, body, brandname, channel, category, fold_diacritics, updated_by, updated_at) VALUES
('sim-4g-invitation',
 'Quy khach chua su dung SIM 4G cua MobiFone: Quy khach duoc mien phi thay SIM 4G de su dung dich vu Internet toi uu nhat. Lien he 9090 hoac truy cap http://yeucauthaysim4G.mobifone.vn de nhap yeu cau va duoc phuc vu tan noi tai dia chi cua Quy khach.',
 'MobiFone', 'SMS', 'ADVERTISING', FALSE, 'seed', now());
