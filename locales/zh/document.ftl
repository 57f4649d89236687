# Wording of the request document (Chinese, simplified).
# Placeables hold values already formatted for this language.

direction = ltr
doc-title = 刑事司法协助请求书
doc-subject = 致{ $state }的刑事司法协助请求书
doc-keyword-mla = 司法协助
header-reference = 编号：{ $reference }
page-of = 第{ $n }页，共{ $total }页
mark-draft = 草稿
mark-urgent = 紧急
mark-custody = 涉及在押人员
mark-confidential = 机密

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
date-format = { $year }年{ $month }{ $day }日
day-1 = 1
date-range = 自{ $from }至{ $to }
born-on-in = { $date }，{ $place }
value-yes = 是
value-no = 否
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = 《{ $treaty }》第{ $article }条
basis-treaty = 《{ $treaty }》
list-separator = 、
basis-reciprocity = 互惠

label-from = 发文机关
label-to = 收文机关
label-our-reference = 我方编号
label-date = 日期
label-subject = 事由：
subject-line = 关于 { $matter }的刑事司法协助请求
subject-matter-against = { $names } 案
subject-and-others = { $name }等人
label-transmission = 转递途径
transmission-central-authority = 通过中央机关
transmission-direct = 司法机关之间直接转递
transmission-diplomatic = 通过外交途径
recipient-competent = 主管司法机关
intro = 请求机关{ $state-name } { $authority } 谨请{ $requested }主管当局就下述刑事案件惠予协助。如蒙协助，不胜感激。

heading-requesting-authority = 请求机关
label-authority = 机关
label-state = 国家
label-contact = 案件承办人
label-phone = 电话
label-email = 电子邮件
label-office-hours = 办公时间
label-languages-spoken = 使用语言
label-reply-channel = 首选答复渠道

heading-legal-basis = 法律依据
legal-basis-clause = 本请求的法律依据：{ $basis }。

heading-proceeding = 诉讼程序的事由和性质
label-proceeding-kind = 程序性质
label-stage = 程序阶段
label-references = 案件编号
label-conducting-authority = 进行该程序的机关
label-functions = 该机关的职能
label-final-judgment = 此前就同一事实作出的终审判决

heading-offences = 所涉犯罪
offence-heading = 第{ $n }项犯罪：{ $name }
label-provision = 法律条款
label-provision-text = 条款原文
label-max-penalty = 最高刑罚
label-committed = 犯罪时间
label-place = 犯罪地点
label-limitation = 追诉时效届满日期

heading-facts = 有关事实的概述

heading-persons = 有关人员和实体
person-heading = { $n }. { $name }（{ $role }）
label-other-names = 其他姓名
label-born = 出生日期和地点
label-nationality = 国籍
label-incorporated = 注册国
label-id-documents = 身份证件
label-registration = 登记信息
label-address = 地址
label-person-language = 语言
label-notes = 其他情况

heading-assistance = 请求协助事项
assistance-intro = 请求机关请{ $requested }主管当局采取下列措施。
measure-heading = 第{ $n }项措施：{ $title }

heading-purpose = 请求的目的
heading-link = 与被请求国的关联

heading-procedures = 希望遵循的特定程序
procedure-officials-present = 请求机关希望其官员获准在执行本请求时到场。
procedure-defence-present = 请求机关请求允许辩护律师在执行请求时在场。
procedure-verbatim-record = 请对陈述作逐字记录。
procedure-chain-of-custody = 请记录被扣押物品自扣押至移交的完整保管链。

heading-urgency = 紧急情况
urgency-clause = 本请求系紧急请求。请于{ $date }之前提供执行结果。

heading-confidentiality = 保密
confidentiality-clause = 请求机关请求对本请求及其内容保密，但为执行请求所必需时除外。
no-disclosure-clause = 请勿将本请求或其执行情况告知有关人员。

heading-assurances = 保证
assurance-speciality = 未经被请求方事先同意，所获资料和证据不会用于本请求书所述以外的侦查、起诉或审判程序。
assurance-no-death-penalty = { $state }保证不判处死刑；如已判处，则不执行死刑。
assurance-return-originals = 所提供的文件原件和物品一经不再需要，即予归还。
assurance-reciprocity = { $state }承诺在类似案件中向{ $requested }提供协助。

heading-earlier = 此前的请求和联系

heading-annexes = 附件
annex-item = 附件{ $n }：{ $title }
annexes-none = 无
annex-certificate = 翻译证明（见下文）
heading-certificate = 翻译证明
certificate-text = 本人作为签名译者，兹证明本文本系请求书原件完整、准确的译文。
label-translated-from = 原文语言
label-translated-into = 译文语言
label-translator = 译者
label-qualification = 资质

closing = 请求机关谨对{ $requested }主管当局的协助表示感谢，并随时准备提供任何补充资料。
label-signed = 签字
label-name = 姓名
label-title = 职务
label-place-date = 地点和日期
sign-place-date = { $date }于{ $place }
label-seal = 公章

# State names inside a sentence (Chinese has no article).
state-phrase-US = 美国
state-phrase-GB = 英国
state-phrase-NL = 荷兰
state-phrase-PH = 菲律宾
state-phrase-BS = 巴哈马
state-phrase-GM = 冈比亚
state-phrase-AE = 阿拉伯联合酋长国
state-phrase-DO = 多米尼加共和国
state-phrase-CF = 中非共和国

mark-untranslated = 尚未翻译 — 原文：{ $lang }

annex-internal-title = 内部评估：双重犯罪与拒绝理由
annex-internal-mark = 内部文件——不属于请求书——请勿发送
annex-internal-intro = 本评估由 Rogatory 根据被请求国概况为请求机关案卷编制，不构成法律意见，绝不随请求书发送。
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = 虚构国家 { $code }（培训）
draft-missing = [缺少：{ $field }]
label-requested-state = 被请求国
label-requesting-state = 请求国
label-sign-place = 地点
state-fictitious-gen = 虚构国家 { $code }（培训）
state-fictitious-dat = 虚构国家 { $code }（培训）
state-fictitious-of = 虚构国家 { $code }（培训）
state-fictitious-to = 虚构国家 { $code }（培训）
