-- What outbound campaigns target on (seed 002) and the billing export now carries: the 2022
-- "Tich diem - Nhan qua" programme, mVAS services unused for 2 months, porting out (MNP).
ALTER TABLE subscriber
    ADD COLUMN joined_points_2022 BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN mvas_unused_2m     VARCHAR(300) NOT NULL DEFAULT '',
    ADD COLUMN mnp_out            BOOLEAN      NOT NULL DEFAULT FALSE;
