# Names shared by the interface and the document (Portuguese, European usage).

measure-witness-statement = Inquirição de testemunha
measure-video-hearing = Audição por videoconferência
measure-suspect-interview = Interrogatório de suspeito
measure-service-of-documents = Notificação de documentos
measure-bank-records = Obtenção de documentação bancária
measure-other-records = Obtenção de outros registos
measure-search-seizure = Busca e apreensão
measure-asset-freezing = Congelamento ou apreensão de bens
measure-confiscation = Perda e restituição de bens
measure-data-preservation = Preservação expedita de dados informáticos armazenados
measure-data-disclosure = Divulgação de dados informáticos armazenados
measure-interception = Recolha em tempo real ou interceção
measure-locate-person = Localização ou identificação de uma pessoa
measure-transfer-detained = Transferência temporária de pessoa detida
measure-examine-objects = Exame de objetos ou locais

field-person = Pessoa em causa
field-purpose = Finalidade desta medida
field-questions = Perguntas a formular
field-oath = Sob juramento ou compromisso de honra
field-officials-present = Funcionários que pretendem estar presentes
field-recording = Gravação
field-interpreter = Intérprete
field-date-from = De
field-date-to = Até
field-technical-contact = Contacto técnico
field-presiding = Autoridade que preside
field-perjury-law = Legislação aplicável ao falso testemunho
field-caution = Direitos a comunicar ao suspeito
field-lawyer = Advogado
field-documents = Documentos a notificar
field-address = Morada
field-manner = Forma de notificação
field-proof-of-service = Exige-se prova da notificação
field-deadline = Prazo (data da audiência)
field-institution = Instituição ou detentor dos registos
field-accounts = Contas (IBAN ou número)
field-identifiers = Identificadores
field-record-types = Registos solicitados
field-certification = Certificação dos registos comerciais
field-no-customer-notice = Proibição de informar o cliente
field-premises = Local a buscar ou pessoa a revistar
field-items = Objetos procurados
field-grounds = Motivos para crer que aí se encontram
field-disposal = Destino a dar aos objetos apreendidos
field-assets = Bens
field-value = Valor estimado
field-domestic-order = Decisão nacional (em anexo)
field-victims = Vítimas
field-sharing = Proposta de partilha de bens
field-provider = Fornecedor de serviços
field-data = Dados em causa
field-risk = Motivo pelo qual os dados estão em risco
field-follow-up = Seguir-se-á um pedido de divulgação
field-duration = Duração
field-known-details = Elementos conhecidos
field-consent = A pessoa dá o seu consentimento
field-custody = Garantias quanto à detenção e ao regresso
field-site = Local
field-expert-questions = Quesitos ao perito

role-suspect = { $gender ->
        [female] suspeita
       *[other] suspeito
    }
role-accused = { $gender ->
        [female] arguida
       *[other] arguido
    }
role-witness = testemunha
role-victim = vítima
role-expert = { $gender ->
        [female] perita
       *[other] perito
    }
role-company = empresa

proceeding-investigation = Inquérito
proceeding-prosecution = Acusação
proceeding-trial = Julgamento
proceeding-appeal = Recurso
proceeding-enforcement = Execução de decisão

channel-central-authority = Autoridade central
channel-diplomatic = Via diplomática
channel-direct = Diretamente entre autoridades judiciárias
channel-interpol = INTERPOL (casos urgentes)

# Categorias da lista da UE (Decisão-Quadro 2002/584/JAI, artigo 2.º, n.º 2).
eu-criminal-organisation = participação numa organização criminosa
eu-terrorism = terrorismo
eu-trafficking-human-beings = tráfico de seres humanos
eu-child-sexual-exploitation = exploração sexual de crianças e pedopornografia
eu-drug-trafficking = tráfico ilícito de estupefacientes e de substâncias psicotrópicas
eu-weapons-trafficking = tráfico ilícito de armas, munições e explosivos
eu-corruption = corrupção
eu-fraud = fraude
eu-money-laundering = branqueamento dos produtos do crime
eu-counterfeiting-currency = falsificação de moeda
eu-computer-crime = cibercriminalidade
eu-environmental-crime = crimes contra o ambiente
eu-facilitation-unauthorised-entry = auxílio à entrada e à permanência irregulares
eu-murder-grievous-bodily-injury = homicídio voluntário, ofensas corporais graves
eu-organ-trafficking = tráfico ilícito de órgãos e de tecidos humanos
eu-kidnapping-hostage-taking = rapto, sequestro e tomada de reféns
eu-racism-xenophobia = racismo e xenofobia
eu-organised-armed-robbery = roubo organizado ou à mão armada
eu-cultural-goods-trafficking = tráfico de bens culturais
eu-swindling = burla
eu-racketeering-extortion = extorsão de proteção e extorsão
eu-counterfeiting-piracy-products = contrafação e piratagem de produtos
eu-forgery-administrative-documents = falsificação de documentos administrativos e respetivo tráfico
eu-forgery-means-of-payment = falsificação de meios de pagamento
eu-hormonal-substances-trafficking = tráfico ilícito de substâncias hormonais e de outros estimuladores de crescimento
eu-nuclear-materials-trafficking = tráfico ilícito de materiais nucleares e radioativos
eu-stolen-vehicles-trafficking = tráfico de veículos roubados
eu-rape = violação
eu-arson = fogo-posto
eu-icc-crimes = crimes abrangidos pela jurisdição do Tribunal Penal Internacional
eu-unlawful-seizure-aircraft-ships = desvio de avião ou navio
eu-sabotage = sabotagem
