-- Opinion reports, part 1: the managed topic taxonomy (two levels: group → topic).
-- Topics are retired, never deleted: old opinion streams keep pointing at them. Codes are stable
-- keys for statistics and API clients; names may be corrected.

CREATE TABLE opinion_topic (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(40)  NOT NULL,
    -- NULL for a group; the group of a topic otherwise
    parent_id  BIGINT       NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at DATETIME(6)  NOT NULL,
    retired_at DATETIME(6)  NULL,
    CONSTRAINT pk_opinion_topic PRIMARY KEY (id),
    CONSTRAINT uk_opinion_topic_code UNIQUE (code),
    CONSTRAINT fk_opinion_topic_parent FOREIGN KEY (parent_id) REFERENCES opinion_topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE INDEX idx_opinion_topic_parent ON opinion_topic (parent_id, sort_order);

-- The topics that monthly reports of Party committees keep returning to (docs: DOMAIN.md).
/* [jooq ignore start] */
INSERT INTO opinion_topic (id, code, parent_id, name_vi, name_en, sort_order, created_at) VALUES
 (1, 'kinh_te_doi_song', NULL, 'Kinh tế – đời sống', 'Economy and livelihoods', 10, UTC_TIMESTAMP(6)),
 (2, 'xay_dung_dang', NULL, 'Xây dựng Đảng, hệ thống chính trị', 'Party building and the political system', 20, UTC_TIMESTAMP(6)),
 (3, 'van_hoa_xa_hoi', NULL, 'Văn hóa – xã hội', 'Culture and social affairs', 30, UTC_TIMESTAMP(6)),
 (4, 'tai_nguyen_moi_truong', NULL, 'Tài nguyên, môi trường, thiên tai', 'Environment and natural disasters', 40, UTC_TIMESTAMP(6)),
 (5, 'an_ninh_trat_tu', NULL, 'An ninh, trật tự', 'Security and public order', 50, UTC_TIMESTAMP(6)),
 (101, 'gia_ca', 1, 'Giá cả, xăng dầu, điện', 'Prices, petrol and electricity', 10, UTC_TIMESTAMP(6)),
 (102, 'viec_lam_thu_nhap', 1, 'Việc làm, thu nhập', 'Jobs and incomes', 20, UTC_TIMESTAMP(6)),
 (103, 'dat_dai', 1, 'Đất đai và giải phóng mặt bằng', 'Land and site clearance', 30, UTC_TIMESTAMP(6)),
 (201, 'phong_chong_tham_nhung', 2, 'Phòng, chống tham nhũng, tiêu cực', 'Anti-corruption', 10, UTC_TIMESTAMP(6)),
 (202, 'sap_xep_bo_may', 2, 'Sắp xếp bộ máy và sáp nhập đơn vị hành chính', 'Reorganising the apparatus and merging administrative units', 20, UTC_TIMESTAMP(6)),
 (203, 'dai_hoi_dang', 2, 'Đại hội Đảng và công tác cán bộ', 'Party congresses and personnel', 30, UTC_TIMESTAMP(6)),
 (204, 'ky_hop_quoc_hoi', 2, 'Kỳ họp Quốc hội', 'National Assembly sessions', 40, UTC_TIMESTAMP(6)),
 (301, 'y_te', 3, 'Y tế và bảo hiểm y tế', 'Health and health insurance', 10, UTC_TIMESTAMP(6)),
 (302, 'giao_duc', 3, 'Giáo dục và thi cử', 'Education and exams', 20, UTC_TIMESTAMP(6)),
 (303, 'an_toan_thuc_pham', 3, 'An toàn thực phẩm', 'Food safety', 30, UTC_TIMESTAMP(6)),
 (304, 'dan_toc_ton_giao', 3, 'Dân tộc và tôn giáo', 'Ethnic and religious affairs', 40, UTC_TIMESTAMP(6)),
 (401, 'moi_truong_nuoc', 4, 'Môi trường và nước', 'Environment and water', 10, UTC_TIMESTAMP(6)),
 (402, 'thien_tai', 4, 'Thiên tai', 'Natural disasters', 20, UTC_TIMESTAMP(6)),
 (501, 'toi_pham_tin_dung_den', 5, 'Tội phạm và tín dụng đen', 'Crime and loan sharks', 10, UTC_TIMESTAMP(6)),
 (502, 'thong_tin_mang_tin_don', 5, 'Thông tin trên mạng và tin đồn', 'Online information and rumours', 20, UTC_TIMESTAMP(6));
/* [jooq ignore stop] */
