// Our own short report texts in the style of Chinese government work reports (fictional places:
// 青川区, 临江市). Written for fixtures; no text here comes from a real report.

export const QINGCHUAN_2024 = [
  '青川区2024年政府工作报告',
  '——2024年1月18日在临江市青川区第三届人民代表大会第四次会议上',
  '区人民政府区长 林晓峰',
  '各位代表:',
  '现在,我代表区人民政府,向大会报告工作,请予审议。',
  '一、2023年工作回顾',
  '过去一年,全区地区生产总值达到412.6亿元,增长5.8%;一般公共预算收入28.4亿元,增长7.1%。',
  '新登记市场主体8280户,增长20.3%;新增高新技术企业36家,总数达到215家。',
  '城镇居民人均可支配收入52360元,增长5.2%;农村居民人均可支配收入27810元,增长7.4%。',
  '空气质量优良天数比例89.4%,单位地区生产总值能耗下降3.2%。',
  '二、2024年主要目标',
  '地区生产总值增长6%左右,一般公共预算收入增长5%,城镇新增就业1.2万人。',
];

export const LINJIANG_2023 = [
  '临江市2023年政府工作报告',
  '——2023年1月9日在临江市第十五届人民代表大会第二次会议上',
  '市人民政府市长 周启明',
  '一、2022年工作回顾',
  '全市实现地区生产总值2680亿元,增长4.1%;规模以上工业增加值增长6.3%。',
  '社会消费品零售总额1125亿元,增长3.6%;实际利用外资9.8亿美元。',
];

/** The same kind of text in traditional script with pinyin glosses, as scraped mirror pages show it. */
export const QINGCHUAN_TRADITIONAL = [
  '青川區2024年政府工作報(bào)告',
  '——2024年1月18日在臨江市青川區第三屆人民代表大會第四次會議上',
  '一、2023年工作回顧',
  '全區地區生產總值達到412.6億元,增長(zhǎng)5.8%;新登記市場主體8280戶,增長(zhǎng)20.3%。',
  '一般公共預算收入28.4億元,增長(zhǎng)7.1%;城鎮新增就業(yè)1.2萬人。',
];

export const joinLines = (lines: readonly string[]): string => lines.join('\n') + '\n';
