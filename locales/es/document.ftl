# Wording of the request document (Spanish).
# Placeables hold values already formatted for this language.
# State phrases carry an article ("el Reino Unido"); sentences place them
# in apposition so that "de"/"a" never have to contract with the article.

direction = ltr
doc-title = Solicitud de asistencia judicial recíproca en materia penal
doc-subject = Solicitud de asistencia judicial recíproca en materia penal – { $state-name }
doc-keyword-mla = asistencia judicial recíproca
header-reference = Ref.: { $reference }
page-of = Página { $n } de { $total }
mark-draft = BORRADOR
mark-urgent = URGENTE
mark-custody = PERSONA DETENIDA
mark-confidential = CONFIDENCIAL

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-format = { $day } de { $month } de { $year }
day-1 = 1
date-range = del { $from } al { $to }
born-on-in = { $date }, { $place }
value-yes = Sí
value-no = No
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }, artículo { $article }
basis-treaty = { $treaty }
list-separator = { ", " }
basis-reciprocity = Reciprocidad

label-from = Remitente
label-to = Destinatario
label-our-reference = Nuestra referencia
label-date = Fecha
label-subject = Asunto:
subject-line = Solicitud de asistencia judicial recíproca en materia penal – { $matter }
subject-matter-against = causa penal contra { $names }
subject-and-others = { $name } y otros
label-transmission = Vía de transmisión
transmission-central-authority = Por conducto de la autoridad central
transmission-direct = Directamente entre autoridades judiciales
transmission-diplomatic = Por vía diplomática
recipient-competent = La autoridad judicial competente
intro = La autoridad requirente, { $authority } ({ $state-name }), solicita respetuosamente la asistencia de las autoridades competentes { $requested-of } en el asunto penal que se expone a continuación y agradecería que se diera cumplimiento a la presente solicitud.

heading-requesting-authority = Autoridad requirente
label-authority = Autoridad
label-state = Estado
label-contact = Persona encargada del asunto
label-phone = Teléfono
label-email = Correo electrónico
label-office-hours = Horario de oficina
label-languages-spoken = Idiomas que habla
label-reply-channel = Vía preferida para la respuesta

heading-legal-basis = Fundamento jurídico
legal-basis-clause = Fundamento jurídico de la presente solicitud: { $basis }.

heading-proceeding = Objeto e índole del procedimiento
label-proceeding-kind = Índole del procedimiento
label-stage = Fase del procedimiento
label-references = Referencias del asunto
label-conducting-authority = Autoridad encargada del procedimiento
label-functions = Funciones de dicha autoridad
label-final-judgment = Sentencia firme anterior sobre los mismos hechos

heading-offences = Delitos
offence-heading = Delito { $n }: { $name }
label-provision = Disposición legal
label-provision-text = Texto de la disposición
label-max-penalty = Pena máxima
label-committed = Fecha de comisión
label-place = Lugar de comisión
label-limitation = Fecha de prescripción

heading-facts = Resumen de los hechos

heading-persons = Personas a las que se refiere la solicitud
person-heading = { $n }. { $name } ({ $role })
label-other-names = Otros nombres
label-born = Fecha y lugar de nacimiento
label-nationality = Estado de nacionalidad
label-incorporated = Estado de constitución
label-id-documents = Documentos de identidad
label-registration = Datos de registro
label-address = Domicilio
label-person-language = Idioma
label-notes = Otros datos

heading-assistance = Asistencia solicitada
assistance-intro = La autoridad requirente solicita a las autoridades competentes { $requested-of } que lleven a cabo las siguientes medidas.
measure-heading = Medida { $n }: { $title }

heading-purpose = Finalidad de la solicitud
heading-link = Vinculación con el Estado requerido

heading-procedures = Procedimiento que se desea aplicar
procedure-officials-present = La autoridad requirente solicita que se autorice la presencia de sus funcionarios durante la ejecución de la solicitud.
procedure-defence-present = La autoridad requirente solicita que se autorice la presencia del abogado defensor durante la ejecución de la solicitud.
procedure-verbatim-record = Se solicita que las declaraciones se recojan literalmente en acta.
procedure-chain-of-custody = Se solicita que se documente la cadena de custodia de los objetos incautados desde su incautación hasta su entrega.

heading-urgency = Urgencia
urgency-clause = La presente solicitud tiene carácter urgente. El resultado se necesita a más tardar el { $date }.

heading-confidentiality = Confidencialidad
confidentiality-clause = La autoridad requirente solicita que se mantenga reserva acerca de la existencia y el contenido de la presente solicitud, salvo en la medida necesaria para darle cumplimiento.
no-disclosure-clause = No deberá informarse a las personas interesadas de la presente solicitud ni de su ejecución.

heading-assurances = Garantías
assurance-speciality = La información y las pruebas obtenidas no se utilizarán para investigaciones, procesos o actuaciones judiciales distintos de los indicados en la presente solicitud sin el previo consentimiento { $requested-of }.
assurance-no-death-penalty = En nombre { $state-of }, la autoridad requirente garantiza que no se impondrá la pena de muerte o que, si se impusiera, no se ejecutará.
assurance-return-originals = Los documentos y objetos originales proporcionados se devolverán tan pronto como dejen de ser necesarios.
assurance-reciprocity = En nombre { $state-of }, la autoridad requirente se compromete a que se preste asistencia { $requested-to } en casos análogos.

heading-earlier = Solicitudes y contactos anteriores

heading-annexes = Anexos
annex-item = Anexo { $n }: { $title }
annexes-none = Ninguno
annex-certificate = Certificado de traducción (a continuación)
heading-certificate = Certificado de traducción
certificate-text = Quien suscribe, traductor o traductora, certifica que el presente texto es traducción completa y fiel de la solicitud original.
label-translated-from = Idioma del original
label-translated-into = Idioma de la traducción
label-translator = Traductor o traductora
label-qualification = Habilitación

closing = La autoridad requirente agradece a las autoridades competentes { $requested-of } su colaboración y queda a su disposición para facilitar cualquier información adicional.
label-signed = Firma
label-name = Nombre
label-title = Cargo
label-place-date = Lugar y fecha
sign-place-date = { $place }{ ", " }{ $date }
label-seal = Sello oficial

# State names inside a sentence, with the article Spanish uses.
state-phrase-US = los Estados Unidos
state-phrase-GB = el Reino Unido
state-phrase-NL = los Países Bajos
state-phrase-PH = Filipinas
state-phrase-BS = las Bahamas
state-phrase-GM = Gambia
state-phrase-AE = los Emiratos Árabes Unidos
state-phrase-DO = la República Dominicana
state-phrase-CF = la República Centroafricana

mark-untranslated = Sin traducir — original en { $lang }

annex-internal-title = Evaluación interna: doble incriminación y motivos de denegación
annex-internal-mark = INTERNO — NO FORMA PARTE DE LA SOLICITUD — NO ENVIAR
annex-internal-intro = Orientación para el expediente de la autoridad requirente, elaborada por Rogatory a partir del perfil del Estado requerido. No constituye un dictamen jurídico y nunca se envía con la solicitud.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = Estado ficticio { $code } (formación)
draft-missing = [falta: { $field }]
label-requested-state = Estado requerido
label-requesting-state = Estado requirente
label-sign-place = Lugar
state-fictitious-of = del Estado ficticio { $code } (formación)
state-fictitious-to = al Estado ficticio { $code } (formación)
state-fictitious-gen = Estado ficticio { $code } (formación)
state-fictitious-dat = Estado ficticio { $code } (formación)
