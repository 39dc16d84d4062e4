-- The service catalogue (DOMAIN §4): reference data, editable by the district; never hard-coded.
-- way: PURCHASED, INSTITUTIONAL, DEPARTMENT, PARTY_PAIRING, SOCIAL_WORK, NEIGHBOUR_AID, CHARITY
-- category: DAILY_CARE (生活照料), HEALTH (健康护理), CAPABILITY (扶智致富), SUPPORT (帮扶)
CREATE TABLE service_item (
    code           VARCHAR(32)   NOT NULL PRIMARY KEY,
    name           VARCHAR(50)   NOT NULL,
    way            VARCHAR(20)   NOT NULL,
    category       VARCHAR(20)   NOT NULL,
    unit           VARCHAR(10)   NOT NULL,
    standard_price DECIMAL(10,2),
    sort_order     INT           NOT NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE
);

INSERT INTO service_item (code, name, way, category, unit, standard_price, sort_order) VALUES
('MEAL_DELIVERY',   '供餐送餐', 'PURCHASED',     'DAILY_CARE', '次', 15.00, 10),
('HOME_CARE',       '居家照料', 'PURCHASED',     'DAILY_CARE', '小时', 30.00, 20),
('DAY_CARE',        '日间托管', 'PURCHASED',     'DAILY_CARE', '天', 60.00, 30),
('CLEANING',        '清洁卫生', 'PURCHASED',     'DAILY_CARE', '次', 40.00, 40),
('SHOPPING',        '买菜购物', 'PURCHASED',     'DAILY_CARE', '次', 10.00, 50),
('APPLIANCE_REPAIR','家电维修', 'PURCHASED',     'DAILY_CARE', '次', 50.00, 60),
('PERSONAL_CARE',   '个人护理', 'PURCHASED',     'DAILY_CARE', '小时', 40.00, 70),
('HOME_SICKBED',    '家庭病床', 'INSTITUTIONAL', 'HEALTH',     '天', 80.00, 110),
('MEDICAL_NURSING', '医疗护理', 'INSTITUTIONAL', 'HEALTH',     '次', 60.00, 120),
('ESCORT_TO_DOCTOR','送医看病', 'INSTITUTIONAL', 'HEALTH',     '次', 50.00, 130),
('REHABILITATION',  '康复服务', 'INSTITUTIONAL', 'HEALTH',     '次', 60.00, 140),
('MEDICINE_DELIVERY','送药服务', 'INSTITUTIONAL', 'HEALTH',    '次', 10.00, 150),
('COUNSELLING',     '心理疏导', 'INSTITUTIONAL', 'HEALTH',     '次', 80.00, 160),
('NURSING_HOME',    '机构集中供养', 'INSTITUTIONAL', 'SUPPORT', '月', NULL, 170),
('INFO_CONSULTING', '信息咨询', 'DEPARTMENT',    'CAPABILITY', '次', NULL, 210),
('CAPABILITY_BUILDING','能力提升', 'DEPARTMENT', 'CAPABILITY', '次', NULL, 220),
('SOCIAL_INTEGRATION','社会融入', 'DEPARTMENT',  'CAPABILITY', '次', NULL, 230),
('HEALTH_LECTURE',  '健康讲座', 'DEPARTMENT',    'CAPABILITY', '次', NULL, 240),
('FREE_CLINIC',     '社区义诊', 'DEPARTMENT',    'CAPABILITY', '次', NULL, 250),
('PARTY_PAIRING',   '党员结对帮扶', 'PARTY_PAIRING', 'SUPPORT', '次', NULL, 310),
('SOCIAL_WORK',     '社工专业服务', 'SOCIAL_WORK',   'SUPPORT', '次', NULL, 320),
('NEIGHBOUR_AID',   '邻里互助照料', 'NEIGHBOUR_AID', 'DAILY_CARE', '次', 20.00, 330),
('CHARITY_RELIEF',  '慈善救济',   'CHARITY',       'SUPPORT', '次', NULL, 340);
