# Wording of the request document (Russian).
# Placeables hold values already formatted for this language.
# State names stay in the nominative case: sentences place them in
# parentheses after "запрашивающее/запрашиваемое государство".

direction = ltr
doc-title = Просьба об оказании взаимной правовой помощи по уголовным делам
doc-subject = Просьба об оказании взаимной правовой помощи по уголовным делам – { $state-name }
doc-keyword-mla = взаимная правовая помощь
header-reference = Исх. № { $reference }
page-of = Страница { $n } из { $total }
mark-draft = ПРОЕКТ
mark-urgent = СРОЧНО
mark-custody = ЛИЦО СОДЕРЖИТСЯ ПОД СТРАЖЕЙ
mark-confidential = КОНФИДЕНЦИАЛЬНО

month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-format = { $day } { $month } { $year } г.
day-1 = 1
date-range = с { $from } по { $to }
born-on-in = { $date }, { $place }
value-yes = Да
value-no = Нет
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }, статья { $article }
basis-treaty = { $treaty }
list-separator = { ", " }
basis-reciprocity = Взаимность

label-from = От кого
label-to = Кому
label-our-reference = Наш исходящий номер
label-date = Дата
label-subject = Тема:
subject-line = Просьба об оказании взаимной правовой помощи — { $matter }
subject-matter-against = уголовное дело в отношении { $names }
subject-and-others = { $name } и других
label-transmission = Способ передачи
transmission-central-authority = Через центральный орган
transmission-direct = Непосредственно между судебными органами
transmission-diplomatic = По дипломатическим каналам
recipient-competent = Компетентный судебный орган
intro = Запрашивающий орган, { $authority } ({ $state-name }), обращается к компетентным органам { $requested-gen } с просьбой об оказании взаимной правовой помощи по уголовному делу, обстоятельства которого изложены ниже, и будет признателен за выполнение настоящей просьбы.

heading-requesting-authority = Запрашивающий орган
label-authority = Орган
label-state = Государство
label-contact = Контактное лицо по делу
label-phone = Телефон
label-email = Электронная почта
label-office-hours = Часы работы
label-languages-spoken = Рабочие языки
label-reply-channel = Предпочтительный способ направления ответа

heading-legal-basis = Правовое основание
legal-basis-clause = Правовое основание настоящей просьбы: { $basis }.

heading-proceeding = Существо вопроса и характер производства
label-proceeding-kind = Характер производства
label-stage = Стадия производства
label-references = Номера дела
label-conducting-authority = Орган, осуществляющий производство
label-functions = Функции этого органа
label-final-judgment = Ранее вынесенное окончательное судебное решение по тем же фактам

heading-offences = Преступления
offence-heading = Преступление { $n }: { $name }
label-provision = Норма закона
label-provision-text = Текст нормы
label-max-penalty = Максимальное наказание
label-committed = Время совершения
label-place = Место совершения
label-limitation = Дата истечения срока давности

heading-facts = Краткое изложение фактов

heading-persons = Лица, имеющие отношение к делу
person-heading = { $n }. { $name } ({ $role })
label-other-names = Другие имена
label-born = Дата и место рождения
label-nationality = Гражданство
label-incorporated = Государство регистрации
label-id-documents = Документы, удостоверяющие личность
label-registration = Регистрационные данные
label-address = Адрес
label-person-language = Язык
label-notes = Дополнительные сведения

heading-assistance = Запрашиваемая помощь
assistance-intro = Запрашивающий орган просит компетентные органы { $requested-gen } принять следующие меры.
measure-heading = Мера { $n }: { $title }

heading-purpose = Цель просьбы
heading-link = Связь с запрашиваемым государством

heading-procedures = Процедуры, соблюдение которых испрашивается
procedure-officials-present = Запрашивающий орган просит разрешить его должностным лицам присутствовать при выполнении просьбы.
procedure-defence-present = Запрашивающий орган просит разрешить защитнику присутствовать при выполнении просьбы.
procedure-verbatim-record = Просьба дословно заносить показания в протокол.
procedure-chain-of-custody = Просьба документально фиксировать цепочку хранения изъятых предметов с момента изъятия до их передачи.

heading-urgency = Срочность
urgency-clause = Настоящая просьба является срочной. Результат необходим не позднее { $date }

heading-confidentiality = Конфиденциальность
confidentiality-clause = Запрашивающий орган просит сохранять конфиденциальность факта и существа настоящей просьбы, за исключением того, что необходимо для ее выполнения.
no-disclosure-clause = Запрашивающий орган просит не уведомлять лиц, которых касается настоящая просьба, о ней и о ее выполнении.

heading-assurances = Гарантии
assurance-speciality = Полученные информация и доказательства не будут использоваться для расследования, уголовного преследования или судебного разбирательства, иных, чем те, которые указаны в настоящей просьбе, без предварительного согласия компетентных органов { $requested-gen }.
assurance-no-death-penalty = От имени { $state-gen } запрашивающий орган гарантирует, что смертная казнь не будет назначена, а в случае ее назначения не будет приведена в исполнение.
assurance-return-originals = Предоставленные подлинники документов и предметы будут возвращены, как только в них отпадет необходимость.
assurance-reciprocity = От имени { $state-gen } запрашивающий орган заверяет, что в аналогичных случаях { $requested-dat } будет оказана правовая помощь.

heading-earlier = Предыдущие просьбы и контакты

heading-annexes = Приложения
annex-item = Приложение { $n }: { $title }
annexes-none = Нет
annex-certificate = Удостоверение перевода (ниже)
heading-certificate = Удостоверение перевода
certificate-text = Я, нижеподписавшийся переводчик, удостоверяю, что настоящий текст является полным и точным переводом оригинала запроса.
label-translated-from = Язык оригинала
label-translated-into = Язык перевода
label-translator = Переводчик
label-qualification = Квалификация

closing = Запрашивающий орган выражает признательность компетентным органам { $requested-gen } за содействие и готов предоставить любую дополнительную информацию.
label-signed = Подпись
label-name = Фамилия и имя
label-title = Должность
label-place-date = Место и дата
sign-place-date = { $place }{ ", " }{ $date }
label-seal = Место печати

# State names inside a sentence (nominative; Russian has no article).
state-phrase-US = Соединенные Штаты Америки
state-phrase-GB = Соединенное Королевство
state-phrase-NL = Нидерланды
state-phrase-PH = Филиппины
state-phrase-BS = Багамские Острова
state-phrase-GM = Гамбия
state-phrase-AE = Объединенные Арабские Эмираты
state-phrase-DO = Доминиканская Республика
state-phrase-CF = Центральноафриканская Республика

mark-untranslated = Не переведено — оригинал: { $lang }

annex-internal-title = Внутренняя оценка: обоюдное признание деяния преступлением и основания для отказа
annex-internal-mark = ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ — НЕ ЯВЛЯЕТСЯ ЧАСТЬЮ ПРОСЬБЫ — НЕ НАПРАВЛЯТЬ
annex-internal-intro = Справка для дела запрашивающего органа, подготовленная Rogatory на основе профиля запрашиваемого государства. Она не является юридическим заключением и никогда не направляется вместе с просьбой.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = вымышленное государство { $code } (обучение)
draft-missing = [не указано: { $field }]
label-requested-state = Запрашиваемое государство
label-requesting-state = Запрашивающее государство
label-sign-place = Место
state-fictitious-gen = вымышленного государства { $code } (обучение)
state-fictitious-dat = вымышленному государству { $code } (обучение)
state-fictitious-of = вымышленное государство { $code } (обучение)
state-fictitious-to = вымышленное государство { $code } (обучение)
