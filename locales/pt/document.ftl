# Wording of the request document (Portuguese, European usage).
# Placeables hold values already formatted for this language.
# State phrases carry an article ("os Estados Unidos"); sentences place them
# in apposition so that "de"/"a"/"em"/"por" never contract with the article.

direction = ltr
doc-title = Pedido de auxílio judiciário mútuo em matéria penal
doc-subject = Pedido de auxílio judiciário mútuo em matéria penal – { $state-name }
doc-keyword-mla = auxílio judiciário mútuo
header-reference = Ref.ª { $reference }
page-of = Página { $n } de { $total }
mark-draft = PROJETO
mark-urgent = URGENTE
mark-custody = PESSOA DETIDA
mark-confidential = CONFIDENCIAL

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-format = { $day } de { $month } de { $year }
day-1 = 1
date-range = de { $from } a { $to }
born-on-in = { $date }, { $place }
value-yes = Sim
value-no = Não
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }, artigo { $article }
basis-treaty = { $treaty }
list-separator = { ", " }
basis-reciprocity = Reciprocidade

label-from = Remetente
label-to = Destinatário
label-our-reference = A nossa referência
label-date = Data
label-subject = Assunto:
subject-line = Pedido de auxílio judiciário mútuo em matéria penal – { $matter }
subject-matter-against = processo penal contra { $names }
subject-and-others = { $name } e outros
label-transmission = Via de transmissão
transmission-central-authority = Por intermédio da autoridade central
transmission-direct = Diretamente entre autoridades judiciárias
transmission-diplomatic = Por via diplomática
recipient-competent = A autoridade judiciária competente
intro = A autoridade requerente, { $authority } ({ $state-name }), solicita respeitosamente o auxílio das autoridades competentes { $requested-of } no processo penal adiante descrito, agradecendo desde já o cumprimento do presente pedido.

heading-requesting-authority = Autoridade requerente
label-authority = Autoridade
label-state = Estado
label-contact = Pessoa responsável pelo processo
label-phone = Telefone
label-email = Correio eletrónico
label-office-hours = Horário de expediente
label-languages-spoken = Línguas faladas
label-reply-channel = Via preferida para a resposta

heading-legal-basis = Fundamento jurídico
legal-basis-clause = Fundamento jurídico do presente pedido: { $basis }.

heading-proceeding = Objeto e natureza do processo
label-proceeding-kind = Natureza do processo
label-stage = Fase processual
label-references = Referências do processo
label-conducting-authority = Autoridade responsável pelo processo
label-functions = Funções dessa autoridade
label-final-judgment = Decisão anterior transitada em julgado sobre os mesmos factos

heading-offences = Crimes
offence-heading = Crime { $n }: { $name }
label-provision = Disposição legal
label-provision-text = Texto da disposição
label-max-penalty = Pena máxima aplicável
label-committed = Data da prática dos factos
label-place = Local da prática dos factos
label-limitation = Data de prescrição

heading-facts = Resumo dos factos

heading-persons = Pessoas em causa
person-heading = { $n }. { $name } ({ $role })
label-other-names = Outros nomes
label-born = Data e local de nascimento
label-nationality = Estado de nacionalidade
label-incorporated = Estado de registo
label-id-documents = Documentos de identificação
label-registration = Dados de registo
label-address = Morada
label-person-language = Língua
label-notes = Outras informações

heading-assistance = Auxílio solicitado
assistance-intro = A autoridade requerente solicita às autoridades competentes { $requested-of } a execução das seguintes medidas.
measure-heading = Medida { $n }: { $title }

heading-purpose = Finalidade do pedido
heading-link = Conexão com o Estado requerido

heading-procedures = Procedimentos a observar
procedure-officials-present = A autoridade requerente solicita que seja autorizada a presença dos seus funcionários durante a execução do pedido.
procedure-defence-present = A autoridade requerente solicita que seja autorizada a presença do defensor durante a execução do pedido.
procedure-verbatim-record = Solicita-se que as declarações sejam registadas integral e literalmente em auto.
procedure-chain-of-custody = Solicita-se que a cadeia de custódia dos objetos apreendidos seja documentada desde a apreensão até à entrega.

heading-urgency = Urgência
urgency-clause = O presente pedido tem caráter urgente. O resultado é necessário até { $date }.

heading-confidentiality = Confidencialidade
confidentiality-clause = A autoridade requerente solicita que seja mantida a confidencialidade do presente pedido e do seu conteúdo, salvo na medida do necessário à sua execução.
no-disclosure-clause = As pessoas em causa não devem ser informadas do presente pedido nem da sua execução.

heading-assurances = Garantias
assurance-speciality = As informações e os elementos de prova obtidos não serão utilizados para investigações, procedimentos criminais ou processos judiciais diferentes dos indicados no presente pedido sem o consentimento prévio { $requested-of }.
assurance-no-death-penalty = Em nome { $state-of }, a autoridade requerente garante que a pena de morte não será aplicada ou, caso o seja, não será executada.
assurance-return-originals = Os documentos e objetos originais fornecidos serão devolvidos logo que deixem de ser necessários.
assurance-reciprocity = Em nome { $state-of }, a autoridade requerente compromete-se a que seja prestado auxílio { $requested-to } em casos análogos.

heading-earlier = Pedidos e contactos anteriores

heading-annexes = Anexos
annex-item = Anexo { $n }: { $title }
annexes-none = Nenhum
annex-certificate = Certificado de tradução (abaixo)
heading-certificate = Certificado de tradução
certificate-text = O tradutor ou a tradutora abaixo assinado(a) certifica que o presente texto é uma tradução completa e fiel do pedido original.
label-translated-from = Língua do original
label-translated-into = Língua da tradução
label-translator = Tradutor ou tradutora
label-qualification = Qualificação

closing = A autoridade requerente agradece às autoridades competentes { $requested-of } a colaboração prestada e mantém-se ao dispor para prestar quaisquer informações adicionais.
label-signed = Assinatura
label-name = Nome
label-title = Cargo
label-place-date = Local e data
sign-place-date = { $place }{ ", " }{ $date }
label-seal = Selo oficial

# State names inside a sentence, with the article Portuguese requires.
state-phrase-US = os Estados Unidos
state-phrase-GB = o Reino Unido
state-phrase-NL = os Países Baixos
state-phrase-PH = as Filipinas
state-phrase-BS = as Baamas
state-phrase-GM = a Gâmbia
state-phrase-AE = os Emirados Árabes Unidos
state-phrase-DO = a República Dominicana
state-phrase-CF = a República Centro-Africana

mark-untranslated = Ainda não traduzido — original: { $lang }

annex-internal-title = Avaliação interna: dupla incriminação e motivos de recusa
annex-internal-mark = INTERNO — NÃO FAZ PARTE DO PEDIDO — NÃO ENVIAR
annex-internal-intro = Orientação para o processo da autoridade requerente, elaborada pelo Rogatory a partir do perfil do Estado requerido. Não constitui parecer jurídico e nunca é enviada com o pedido.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = Estado fictício { $code } (formação)
draft-missing = [em falta: { $field }]
label-requested-state = Estado requerido
label-requesting-state = Estado requerente
label-sign-place = Local
state-fictitious-of = do Estado fictício { $code } (formação)
state-fictitious-to = ao Estado fictício { $code } (formação)
state-fictitious-gen = Estado fictício { $code } (formação)
state-fictitious-dat = Estado fictício { $code } (formação)
