# Names shared by the interface and the document (Spanish).

measure-witness-statement = Toma de declaración a un testigo
measure-video-hearing = Audiencia por videoconferencia
measure-suspect-interview = Toma de declaración a un sospechoso
measure-service-of-documents = Notificación de documentos
measure-bank-records = Entrega de documentación bancaria
measure-other-records = Entrega de otros documentos o registros
measure-search-seizure = Registro e incautación
measure-asset-freezing = Embargo preventivo o incautación de bienes
measure-confiscation = Decomiso y restitución de bienes
measure-data-preservation = Conservación rápida de datos informáticos almacenados
measure-data-disclosure = Revelación de datos informáticos almacenados
measure-interception = Obtención en tiempo real o interceptación
measure-locate-person = Localización o identificación de una persona
measure-transfer-detained = Traslado temporal de una persona detenida
measure-examine-objects = Examen de objetos o lugares

field-person = Persona afectada
field-purpose = Finalidad de esta medida
field-questions = Preguntas que deben formularse
field-oath = Bajo juramento o promesa
field-officials-present = Funcionarios que solicitan estar presentes
field-recording = Grabación
field-interpreter = Intérprete
field-date-from = Desde
field-date-to = Hasta
field-technical-contact = Contacto técnico
field-presiding = Autoridad que preside
field-perjury-law = Legislación aplicable al falso testimonio
field-caution = Derechos que deben comunicarse al sospechoso
field-lawyer = Abogado
field-documents = Documentos que deben notificarse
field-address = Domicilio
field-manner = Forma de notificación
field-proof-of-service = Se requiere acreditación de la notificación
field-deadline = Plazo (fecha de la vista)
field-institution = Entidad o titular de los registros
field-accounts = Cuentas (IBAN o número)
field-identifiers = Identificadores
field-record-types = Documentación solicitada
field-certification = Certificación de autenticidad de los documentos
field-no-customer-notice = Prohibición de informar al cliente
field-premises = Lugar o persona objeto del registro
field-items = Objetos buscados
field-grounds = Motivos para creer que se encuentran allí
field-disposal = Destino de los objetos incautados
field-assets = Bienes
field-value = Valor estimado
field-domestic-order = Resolución nacional (se adjunta)
field-victims = Víctimas
field-sharing = Propuesta de reparto de bienes
field-provider = Proveedor de servicios
field-data = Datos afectados
field-risk = Motivo por el que los datos corren peligro
field-follow-up = Se presentará posteriormente una solicitud de revelación
field-duration = Duración
field-known-details = Datos conocidos
field-consent = La persona da su consentimiento
field-custody = Garantías de custodia y devolución
field-site = Lugar
field-expert-questions = Preguntas al perito

role-suspect = { $gender ->
        [female] sospechosa
       *[other] sospechoso
    }
role-accused = { $gender ->
        [female] acusada
       *[other] acusado
    }
role-witness = testigo
role-victim = víctima
role-expert = { $gender ->
        [female] perita
       *[other] perito
    }
role-company = empresa

proceeding-investigation = Investigación penal
proceeding-prosecution = Ejercicio de la acción penal
proceeding-trial = Juicio
proceeding-appeal = Recurso
proceeding-enforcement = Ejecución de sentencia

channel-central-authority = Autoridad central
channel-diplomatic = Vía diplomática
channel-direct = Directamente entre autoridades judiciales
channel-interpol = INTERPOL (casos urgentes)

# Categorías de la lista de la UE (Decisión Marco 2002/584/JAI, art. 2, apartado 2).
eu-criminal-organisation = pertenencia a organización delictiva
eu-terrorism = terrorismo
eu-trafficking-human-beings = trata de seres humanos
eu-child-sexual-exploitation = explotación sexual de los niños y pornografía infantil
eu-drug-trafficking = tráfico ilícito de estupefacientes y sustancias psicotrópicas
eu-weapons-trafficking = tráfico ilícito de armas, municiones y explosivos
eu-corruption = corrupción
eu-fraud = fraude
eu-money-laundering = blanqueo del producto del delito
eu-counterfeiting-currency = falsificación de moneda
eu-computer-crime = delitos informáticos
eu-environmental-crime = delitos contra el medio ambiente
eu-facilitation-unauthorised-entry = ayuda a la entrada y residencia en situación ilegal
eu-murder-grievous-bodily-injury = homicidio voluntario, agresión con lesiones graves
eu-organ-trafficking = tráfico ilícito de órganos y tejidos humanos
eu-kidnapping-hostage-taking = secuestro, detención ilegal y toma de rehenes
eu-racism-xenophobia = racismo y xenofobia
eu-organised-armed-robbery = robos organizados o a mano armada
eu-cultural-goods-trafficking = tráfico ilícito de bienes culturales
eu-swindling = estafa
eu-racketeering-extortion = chantaje y extorsión de fondos
eu-counterfeiting-piracy-products = violación de derechos de propiedad industrial y falsificación de mercancías
eu-forgery-administrative-documents = falsificación de documentos administrativos y tráfico de documentos administrativos falsos
eu-forgery-means-of-payment = falsificación de medios de pago
eu-hormonal-substances-trafficking = tráfico ilícito de sustancias hormonales y otros productos estimulantes del crecimiento
eu-nuclear-materials-trafficking = tráfico ilícito de materiales radiactivos o sustancias nucleares
eu-stolen-vehicles-trafficking = tráfico de vehículos robados
eu-rape = violación
eu-arson = incendio voluntario
eu-icc-crimes = delitos incluidos en la jurisdicción de la Corte Penal Internacional
eu-unlawful-seizure-aircraft-ships = secuestro de aeronaves y buques
eu-sabotage = sabotaje
