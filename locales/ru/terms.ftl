# Names shared by the interface and the document (Russian).

measure-witness-statement = Получение свидетельских показаний
measure-video-hearing = Заслушивание с помощью видеосвязи
measure-suspect-interview = Допрос подозреваемого
measure-service-of-documents = Вручение документов
measure-bank-records = Предоставление банковских документов
measure-other-records = Предоставление иных документов и материалов
measure-search-seizure = Обыск и выемка
measure-asset-freezing = Замораживание или арест имущества
measure-confiscation = Конфискация и возвращение имущества
measure-data-preservation = Оперативное обеспечение сохранности хранимых компьютерных данных
measure-data-disclosure = Раскрытие хранимых компьютерных данных
measure-interception = Сбор данных в режиме реального времени или перехват
measure-locate-person = Установление местонахождения или личности лица
measure-transfer-detained = Временная передача лица, содержащегося под стражей
measure-examine-objects = Осмотр предметов или участков местности

field-person = Лицо, к которому относится мера
field-purpose = Цель данной меры
field-questions = Вопросы, которые следует задать
field-oath = Под присягой или после торжественного заявления
field-officials-present = Должностные лица, просящие разрешения присутствовать
field-recording = Способ фиксации показаний
field-interpreter = Переводчик
field-date-from = С
field-date-to = По
field-technical-contact = Контактное лицо по техническим вопросам
field-presiding = Орган, проводящий заслушивание
field-perjury-law = Применимое законодательство о заведомо ложных показаниях
field-caution = Права, подлежащие разъяснению подозреваемому
field-lawyer = Защитник
field-documents = Документы, подлежащие вручению
field-address = Адрес
field-manner = Способ вручения
field-proof-of-service = Требуется подтверждение вручения
field-deadline = Крайний срок (дата судебного заседания)
field-institution = Учреждение или держатель документов
field-accounts = Счета (IBAN или номер)
field-identifiers = Идентификаторы
field-record-types = Запрашиваемые документы
field-certification = Удостоверение подлинности коммерческих документов
field-no-customer-notice = Запрет на уведомление клиента
field-premises = Помещение или лицо, подлежащие обыску
field-items = Разыскиваемые предметы
field-grounds = Основания полагать, что они находятся там
field-disposal = Порядок обращения с изъятыми предметами
field-assets = Имущество
field-value = Оценочная стоимость
field-domestic-order = Решение национального органа (прилагается)
field-victims = Потерпевшие
field-sharing = Предложение о разделе имущества
field-provider = Поставщик услуг
field-data = Соответствующие данные
field-risk = Причины угрозы утраты данных
field-follow-up = Последует просьба о раскрытии данных
field-duration = Срок
field-known-details = Известные сведения
field-consent = Лицо дает согласие
field-custody = Гарантии содержания под стражей и возвращения
field-site = Место
field-expert-questions = Вопросы эксперту

role-suspect = { $gender ->
        [female] подозреваемая
       *[other] подозреваемый
    }
role-accused = { $gender ->
        [female] обвиняемая
       *[other] обвиняемый
    }
role-witness = свидетель
role-victim = { $gender ->
        [female] потерпевшая
       *[other] потерпевший
    }
role-expert = эксперт
role-company = юридическое лицо

proceeding-investigation = Расследование
proceeding-prosecution = Уголовное преследование
proceeding-trial = Судебное разбирательство
proceeding-appeal = Обжалование
proceeding-enforcement = Исполнение судебного решения

channel-central-authority = Центральный орган
channel-diplomatic = Дипломатические каналы
channel-direct = Непосредственно между судебными органами
channel-interpol = Интерпол (в срочных случаях)

# Категории перечня ЕС (Рамочное решение 2002/584/ПВД, ст. 2(2)).
eu-criminal-organisation = участие в преступной организации
eu-terrorism = терроризм
eu-trafficking-human-beings = торговля людьми
eu-child-sexual-exploitation = сексуальная эксплуатация детей и детская порнография
eu-drug-trafficking = незаконный оборот наркотических средств и психотропных веществ
eu-weapons-trafficking = незаконный оборот оружия, боеприпасов и взрывчатых веществ
eu-corruption = коррупция
eu-fraud = мошенничество
eu-money-laundering = отмывание доходов от преступлений
eu-counterfeiting-currency = подделка денежных знаков
eu-computer-crime = компьютерные преступления
eu-environmental-crime = экологические преступления
eu-facilitation-unauthorised-entry = содействие незаконному въезду и пребыванию
eu-murder-grievous-bodily-injury = умышленное убийство, причинение тяжкого вреда здоровью
eu-organ-trafficking = незаконная торговля человеческими органами и тканями
eu-kidnapping-hostage-taking = похищение человека, незаконное лишение свободы и захват заложников
eu-racism-xenophobia = расизм и ксенофобия
eu-organised-armed-robbery = организованный или вооруженный разбой
eu-cultural-goods-trafficking = незаконный оборот культурных ценностей
eu-swindling = обманное завладение имуществом
eu-racketeering-extortion = рэкет и вымогательство
eu-counterfeiting-piracy-products = изготовление контрафактной и пиратской продукции
eu-forgery-administrative-documents = подделка административных документов и торговля ими
eu-forgery-means-of-payment = подделка платежных средств
eu-hormonal-substances-trafficking = незаконный оборот гормональных веществ и других стимуляторов роста
eu-nuclear-materials-trafficking = незаконный оборот ядерных или радиоактивных материалов
eu-stolen-vehicles-trafficking = торговля угнанными транспортными средствами
eu-rape = изнасилование
eu-arson = поджог
eu-icc-crimes = преступления, подпадающие под юрисдикцию Международного уголовного суда
eu-unlawful-seizure-aircraft-ships = незаконный захват воздушных или морских судов
eu-sabotage = диверсия
