-- Every operator text as the seeds write it (the seed files are word-segmented: "tham_gia" is
-- "tham gia", "mbf . vn / appdl" is "mbf.vn/appdl"); a placeholder only where the seed has a
-- variable. Seed 002 section 3: X = {msisdn}, Y = {points}; E = {benefit}, F = {packageName} (the
-- package code customers text to 999), G = {price} (in dong: "Gd"), R = {gift}; the Zalo account
-- suffix X = {zaloAccount}; "[link tai theo HDH]" is the store link of the template's OS.
-- The checks in TemplateSeedWordingTest compare each body with the seed.

-- Seed 002 3b, the package-offer text ("Chuong trinh khuyen khich KH dang ky goi cuoc").
UPDATE template SET body = '(CSKH) MIEN PHI {benefit}: soan {packageName} gui 999 de dang ky. Gia: {price}d/30ngay. TANG THEM {gift} tai cua hang MobiFone DBSLC (khong gom Long An). Lien he 9090.',
       updated_by = 'seed', updated_at = now()
WHERE id = 'package-offer';

-- Seed 002 3b, "Moi tai app My MobiFone".
UPDATE template SET body = '(CSKH) Tai & su dung MIEN PHI app My MobiFone tai mbf.vn/appdl de chu dong doi diem tich luy nhan thuong, tra cuu tai khoan/cuoc su dung/goi cuoc, nap tien/thanh toan cuoc... Chi tiet goi 9090.',
       updated_by = 'seed', updated_at = now()
WHERE id = 'app-my-mobifone';

-- Seed 002 3b, "Moi tai app MobiFone Money", with the link of each operating system.
UPDATE template SET body = '(CSKH) Tai & su dung MIEN PHI app MobiFone Money tai https://apps.apple.com/vn/app/mobifone-pay/id1565937964 de chu dong nap the/thanh toan cuoc tra sau/tien dien/nuoc... Khuyen mai nap the len den 50% theo ngay thong bao, chiet khau 7% tien cuoc tra sau thanh toan truoc ngay 28 hang thang. Chi tiet goi 9090',
       updated_by = 'seed', updated_at = now()
WHERE id = 'app-mobifone-money-ios';
UPDATE template SET body = '(CSKH) Tai & su dung MIEN PHI app MobiFone Money tai https://play.google.com/store/apps/details?id=com.mobifone.mobifonepay de chu dong nap the/thanh toan cuoc tra sau/tien dien/nuoc... Khuyen mai nap the len den 50% theo ngay thong bao, chiet khau 7% tien cuoc tra sau thanh toan truoc ngay 28 hang thang. Chi tiet goi 9090',
       updated_by = 'seed', updated_at = now()
WHERE id = 'app-mobifone-money-android';

-- Seed 002 3b, the Zalo text "Ho tro dang ky thong tin TB", with its account suffix.
UPDATE template SET body = '[CSKH] Quý khách vui lòng sử dụng số thuê bao cần hỗ trợ ĐĂNG KÝ THÔNG TIN CHỦ THUÊ BAO để kết bạn zalo với MobiFone Miền Tây_{zaloAccount} và gửi các hồ sơ sau để được hỗ trợ trực tuyến (hoặc đến cửa hàng MobiFone gần nhất để được hỗ trợ): 1. Ảnh chụp CCCD/CMND mặt trước và mặt sau. 2. Ảnh chụp chân dung nữa người. 3. Ảnh chụp số điện thoại (Bấm *0# & nhấn nút gọi: chụp lại màn hình). 4. Ảnh chữ ký',
       updated_by = 'seed', updated_at = now()
WHERE id = 'identity-update-zalo';

-- Seed 002 3a: the campaign's second SMS (30/10), the first being kndl-invitation (28/10).
INSERT INTO template (id, body, brandname, channel, category, fold_diacritics, updated_by, updated_at) VALUES
('kndl-invitation-second',
 '(CSKH) Dang ky tham gia CT Ket noi dai lau MIEN PHI: soan DK gui 9237, sau do soan XN gui 9237 xac nhan dang ky de DOI DIEM thanh GOI CUOC/TIEN CUOC & nhieu uu dai khac. Quy khach {msisdn} hien co {points} diem tich luy. Chi tiet dang nhap https://www.mobifone.vn/ho-tro-khach-hang/ket-noi-dai-lau hoac goi 9090',
 'MobiFone 9', 'SMS', 'CARE', FALSE, 'seed', now())
ON CONFLICT (id) DO NOTHING;
