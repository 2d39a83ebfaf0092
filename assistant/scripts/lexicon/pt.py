"""Portuguese word lists for the reply labeller (see the package)."""

from __future__ import annotations

from assistant.scripts.lexicon.pt_rewrites import REWRITES as REWRITES  # read by the package
from assistant.scripts.lexicon.pt_words import (
    BOOK_WORDS,
    CONDITION_WORDS,
    DOUBT_WORDS,
    NO_WANT,
    REFUSE_SOFT_WORDS,
    REFUSE_WORDS,
    SCHED_WORDS,
    STOP_WORDS,
    THE_JAB,
    YES_WORDS,
    negated,
)

CUES: dict[str, list[str]] = {
    "yes": ["sim", "claro", "pode ser", "com certeza", "tudo bem", "quero", "queremos",
            "concordo", "está bem", "tá bom", "ta bem", "tá certo", "tá ótimo", "ótimo",
            "beleza", "blz", "bora", "combinado", "fechado", "perfeito", "ok obrigad*",
            "pode sim", "quero sim", "queremos sim", "sim sim", "s", "ss", "siim", "simm",
            "claro que sim", "vamos sim", "vamos lá", "aceito", "aceitamos", "de acordo"],
    "book": ["marcar", "marque*", "agendar", "agende*", "consulta", "marcação",
             "quando podemos", "marca", "marca aí", "pode marcar", "podem marcar", "agenda",
             "pode agendar", "me liga", "me ligue", "liguem-me", "ligue-me", "horário*", "vaga",
             "vagas", "inscrev*", "levo ela", "levo ele", "levamos", "vou levar", "vamos levar",
             "a gente leva", "a gente vai", "marcação",
             "me ligar", "ligar-me", "me ligarem"],
    "already": ["já tomou", "já levou", "já fez", "já recebeu", "já tem", "já foi",
                "já está vacinad*", "já tomaram", "já levaram", "foi vacinad*", "está vacinad*",
                "vacinado em", "vacinada em", "vacinados em", "vacinadas em", "vacinou",
                "vacinaram", "já vacinei", "já vacinamos", "vacinei", "vacinamos ele",
                "vacinamos ela", "tomou no", "tomou na", "tomou em", "levou no", "levou na",
                "levou em", "tomou todas", "já tomou todas", "tomou a vacina", "levou a vacina",
                "está em dia", "estão em dia", "tudo em dia", "em dia", "já está feito",
                "já fizemos", "fizemos no", "fizemos na", "fiz no", "fiz na", "fiz noutro",
                "fiz noutra", "fizemos noutro", "fizemos noutra", "já deu", "já demos"],
    "moved": ["mudamos", "mudei", "nos mudamos", "mudou-se", "mudaram", "não moramos",
              "moramos agora", "voltamos para", "outro médico", "outra clínica", "moramos em",
              "moramos no", "moramos na", "a gente mora", "vivemos agora", "já não vivemos",
              "não vivemos", "não estamos na vossa área", "não estamos na sua área",
              "já não estamos", "fora da área", "nos inscrevemos", "inscrevemo-nos",
              "estamos inscritos noutr*", "registados noutr*", "registrados em outr*",
              "nos transferimos", "transferimos", "outra surgery", "noutra surgery", "outro gp",
              "outro centro de saúde", "outro posto", "voltamos pro", "voltamos ao",
              "voltamos a"],
    "wrong": ["número errado", "engano", "não tenho filhos", "não conheço", "número enganado",
              "não tenho crianças", "não tenho nenhum filho", "não sou o pai", "não sou a mãe",
              "não sou pai", "não sou mãe", "não é meu filho", "não é minha filha",
              "número novo", "chip novo", "pessoa errada", "não conheço ninguém"],
    # A bare "não quero" may be about the messages ("não quero lembretes"): a refusal
    # names the vaccine or the jab; the bare words are a no (a person reads it).
    "refuse": ["não quero a vacina*", "não quero vacina*", "não queremos a vacina*",
               "não queremos vacina*", "não quero essa vacina", "não quero nenhuma",
               "não queremos nenhuma", "não quero vacinar*", "não queremos vacinar*",
               "não quero que vacinem", "não queremos que vacinem", "não quero que ele tome",
               "não quero que ela tome", "não queremos que ele tome",
               "não queremos que ela tome", "não quero que ele leve", "não quero que ela leve",
               "não queremos que ele leve", "não queremos que ela leve", "não quero dar",
               "não queremos dar", "recuso", "recusamos", "não autorizo", "não aceito",
               "não consinto", "não concordo", "não vamos vacinar", "contra vacina*",
               "recusamos a vacina*", "não vamos dar", "não vou dar", "não vou vacinar",
               "não vamos vacinar", "não vai ser vacinad*", "não será vacinad*",
               "não damos vacina*", "não damos autorização", "não dou autorização",
               "não dou consentimento", "não damos consentimento", "não vacinamos", "recusa"],
    "stop": ["parem", "pare de", "não enviem", "não mandem", "não mande", "não envie",
             "não liguem", "deixem de", "sair da lista", "sair", "descadastr*",
             "cancelar lembrete*", "cancelar as mensagens", "me tira da lista",
             "me tirem da lista", "tirem-me da lista", "tirem o meu número",
             "chega de mensage*", "chega de sms", "não me contactem", "não me contatem",
             "não me liguem", "não me mandem", "me deixa em paz", "me deixem em paz",
             "deixem-me em paz", "spam"],
    "doubt": ["não tenho certeza", "não sei", "medo", "preocupad*", "é seguro", "seguro",
              "efeitos colaterais", "efeitos secundários", "perguntas", "pergunta", "dúvida*",
              "falar com", "talvez", "mais tarde", "doente", "febre", "alergi*",
              "reação", "deixa pra depois", "deixar para depois", "fica pra depois",
              "fica para depois", "depois eu vejo", "depois a gente ve", "nao sei nao",
              "sei la", "receio", "receosa", "receoso", "nervos*", "assust*", "insegur*",
              "arrisca*", "risco*", "perigo*", "autismo", "gelatina", "porco", "ingrediente*",
              "pensar", "pensando", "pensar melhor", "vou ver", "vamos ver", "ver com",
              "conversar com", "falar com o pai", "falar com a mae",
              "informação", "informações", "explica*",
              "por enquanto", "mais pra frente",
              "mais para a frente", "preciso de tempo", "mais tempo", "um tempo", "quem sabe",
              "não agora", "agora não", "agora nao da", "gripad*", "resfriad*", "constipad*",
              "tossindo", "inchou", "inchaço", "reagiu", "mal da última vez", "muitas vacinas",
              "tantas vacinas", "de uma vez", "separad*", "natural", "necessári*",
              "precisa mesmo", "é preciso", "obrigatóri*"],
    "condition": ["agora", "depois", "ainda", "mais tarde", "doente", "por enquanto",
                  "por agora", "no momento", "neste momento", "esta semana", "este mês",
                  "enquanto", "até", "gripad*", "resfriad*", "constipad*", "mais tempo",
                  "pensar", "mais pra frente", "mais para a frente", "medo", "receio",
                  "preocupad*", "assust*", "nervos*", "tantas", "de uma vez", "todas juntas",
                  "não tenho certeza"],
    "negative": ["não", "não quero", "não queremos", "quero não"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["não vai levar", "não vai tomar", "não vacino", "não vacinar",
                    "ninguém mais toma", "vacinas não", "retirar o meu consentimento",
                    "retiro o meu consentimento", "retiro os meus consentimentos",
                    "retiro meu consentimento", "não vou mudar de ideia", "dispenso",
                    "nunca dei", "a decisão é não", "a resposta é não", "a resposta foi não",
                    "homeopat*", "naturopat*", "não vamos vacinar", "não vacinamos",
                    "não vai vacinar", "não vai ser vacinad*", "sem vacina*", "nenhuma vacina",
                    "vacina nenhuma", "nada de vacina*", "não tomam vacina*",
                    "não toma vacina*", "não acredito em vacina*", "antivacina*",
                    "anti vacina*", "retiro o consentimento", "retiramos o consentimento",
                    "decidimos que não", "decidimos não", "decisão tomada", "fim de conversa",
                    "de jeito nenhum", "nem pensar", "nem pensa", "não insistam",
                    "não insista", "não vou mudar", "não vamos mudar", "imunidade natural",
                    "está decidido", "já está decidido", "não , decidido", "não é para nós",
                    "não é pra nós", "escolha que fizemos", "decisão que tomamos",
                    "já decidimos que não", "conversa encerrada"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["nunca", "continua a ser", "nem agora", "nem agora nem depois",
                "nem nunca", "nunca mais", "de jeito nenhum",
                "ninguém mais toma", "fim de conversa"],
    "identity": ["quem é", "quem fala", "quem está"],
    "sched": ["quando", "qnd", "qdo", "qual dia", "que dia", "que horas", "hora*", "dia",
              "manhã", "semana", "segunda", "terça", "quarta", "quinta", "sexta", "sábado",
              "dias", "quais dias", "que dias", "qual horário", "que horário"],
    "sarcasm": ["aham", "vou correndo", "bill gates"],
}

_MORE: dict[str, list[str]] = {
    "yes": YES_WORDS, "book": BOOK_WORDS, "sched": SCHED_WORDS, "stop": negated(STOP_WORDS),
    "doubt": DOUBT_WORDS, "condition": CONDITION_WORDS, "refuse": REFUSE_WORDS,
    "refuse_soft": negated(REFUSE_SOFT_WORDS),
    "wrong": negated(["nao tenho filho", "nao tenho filhos", "nao tenho filho nenhum",
                       "nao tenho crianca*", "nao tem crianca", "crianca nenhuma",
                       "nao mora crianca", "nao ha nenhum*", "nao tem nenhum*",
                       "nao temos crianca*", "nao sou responsavel", "nao e comigo",
                       "nao tenho o contato", "nao tenho ligacao", "enganaram-se",
                       "enganaram se", "numero errado", "nro errado", "erro no sistema",
                       "antiga dona do numero", "antigo dono do numero"]),
    "moved": negated(["fomos para", "fomos morar", "fui morar", "voltamos de vez",
                       "a gente se mudou", "mudamos para", "mudamos pra", "ja nao somos",
                       "nao somos mais", "ja temos medico", "nao estamos mais",
                       "estamos agora em", "agora estamos em", "registei la",
                       "registrei la", "nos registamos", "nos registramos"]),
    "already": ["ja vacinad*", "ele tomou la", "ela tomou la", "ficou feito", "ja esta feito",
                "ja foi vacinad*", "vacinou faz", "tomou la"],
}
for _cue, _extra in _MORE.items():
    CUES[_cue] = list(dict.fromkeys(CUES[_cue] + _extra))

# Words the English rules must not read in a reply in this language: "no"/"na" are "in the".
# Texting forms of "não" before a verb ("n quero", "naum queremos"): a yes after one is not;
# nor after "no", which before a verb is Spanish "no" in a reply read as Portuguese ("no
# queremos"), never Portuguese "no" (in the), which comes before a noun.
NEGATIONS = ["n", "naum", "num", "nn", "no"]
NOT_ENGLISH = {"no", "na", "kk"}  # "kkkk" is laughter, not "ok"

# Second pass (issue 13): a no said with a decision the lists did not know as one ("it's
# final", "we decided", "not for my children", "not interested", "stop asking"). The decision
# words need the no beside them (" ... "): "já decidimos" alone also opens a yes.
_NO = ["nao", "nao nao", "nao e nao"]
CUES["refuse_soft"] += negated(
    [f"{no} ... {w}" for no in _NO for w in (
        "decidimos", "ja decidimos", "decidi", "ja decidi", "decisao tomada", "decisao final",
        "e definitivo", "e final", "ponto final", "e ponto", "parem de pergunt*",
        "pare de pergunt*", "nao perguntem mais", "nao insistam mais", "quantas vezes")]
    + ["decisao tomada", "a decisao esta tomada", "decisao final", "e definitivo",
       "ja disse que nao", "eu disse que nao", "dissemos que nao", "ja dissemos que nao",
       "continua a ser nao", "continua sendo nao", "a resposta e nao",
       "nao para os meus filhos", "nao para meus filhos", "nao para o meu filho",
       "nao para a minha filha", "nao para nossos filhos", "nao para os nossos filhos",
       "nao para nos", "nao estou interessad*", "nao estamos interessad*",
       "nao me interessa .", "nao me interessa ,", "nao nos interessa .", "nao nos interessa ,",
       "nao tenho interesse", "nao temos interesse", "sem interesse", "nao a vacina",
       "nao as vacinas", "nao ao booster", "nao ao reforco", "nao vamos mais vacinar",
       "nao vamos vacinar", "nao vai mais tomar", "nao vai tomar mais", "nenhuma dose",
       "nenhum reforco", "nenhum booster", "nunca vacinamos", "nem vamos vacinar",
       "no jabs", "no vaccines", "no booster"])
# Waiting is a condition ("we decided to wait until spring"), never a decision against.
CUES["condition"] += ["esperar", "vamos esperar", "esperamos", "primavera", "outono", "verao",
                      "inverno", "outra altura", "outra hora", "ano que vem", "proximo ano"]

# "Depois do Natal" (after Christmas: a holiday or an event still to come) puts the vaccine off,
# as the English "after Christmas" does: doubt ("depois do que aconteceu", a past event, is
# rewritten: ``pt_rewrites``).
_FEASTS = ["natal", "pascoa", "ano novo", "passagem de ano", "reveillon", "carnaval",
           "ferias", "verao", "ramadao", "ramadan", "eid", "aniversario dele",
           "aniversario dela", "bebe nascer", "parto", "mudanca", "viagem"]
CUES["doubt"] += [f"{a} {f}" for a in ("depois do", "depois da", "depois das", "depois dos",
                                       "depois de", "so depois do", "so depois da",
                                       "so depois das", "apos o", "apos a", "apos as")
                  for f in _FEASTS] + ["depois que o bebe nascer", "depois que a bebe nascer"]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["pode ser", "tudo bem", "tá bom", "ta bom", "está bem",
                 "tá bem", "ta bem", "serve", "da certo", "ok", "beleza", "combinado",
                 "certo", "tranquilo", "fica bem", "tem problema", "há problema",
                 "algum problema", "é possível", "pode ficar", "faz mal", "é ok", "tudo certo"]
# Had it, said with when ("tomou semana passada": had it last week).
CUES["already"] += [f"{v} ... {w}" for v in ("tomou", "levou", "ja fez", "fez a vacina")
                    for w in ("semana passada", "mes passado", "ontem", "ano passado")]

# December (tune gaps): a no said by or of someone else ("a mãe dele não quer vacina", "os
# pais recusam a vacinação"), not accepting a named vaccine, giving vaccines up, consent
# withdrawn after "quero", a rule of the house ("família que não vacina", "vacina aqui não
# entra", "ninguém é vacinado"); "dá para nós" (suits us).
CUES["refuse"] += negated(
    [f"{n} {w}" for n in ("nao quer", "nao querem", "nao aceito", "nao aceitamos")
     for w in [*THE_JAB, "a vaspr", "vaspr", "a vacinacao", "vacinacao"]]
    + ["recusam a vacina*", "recusa a vacina*", "recusamos a vacina*", "recuso a vacina*",
       "recusam vacina*", "desistimos das vacinas", "desisti das vacinas", "desistimos de vacinar",
       "desisti de vacinar", "quero retirar o consentimento", "queremos retirar o consentimento",
       "retirar o consentimento", "retiro o meu consentimento", "retirar a autorizacao",
       "familia que nao vacina", "gente que nao vacina", "casa que nao vacina"])
CUES["refuse_soft"] += negated(
    ["vacina aqui nao entra", "vacinas aqui nao entram", "aqui nao entra vacina*",
     "nao entra aqui em casa", "nao entra na nossa casa", "ninguem e vacinad*",
     "ninguem esta vacinad*", "ninguem foi vacinad* e"])
CUES["yes"] += ["da para nos", "da pra nos", "da para mim", "da pra mim", "da para a gente",
                "da pra gente"]

# Issue 13, rules pass: "não queremos" in texting spelling is a no as well ("n quero", "naum").
CUES["negative"] += [*negated(["nao quero", "nao queremos"]), "naum"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["quantas vezes", "quantas vezes mais", "outra vez", "de novo"]
# "Não quero mais sms / lembretes / msgs": the messages, in texting spellings too.
CUES["stop"] += negated([f"nao {v} mais {w}" for v in ("quero", "queremos")
                          for w in ("sms", "mensage*", "lembrete*", "msg*", "textos")])

# "Can I bring him/her?": a booking ("posso levar o boletim", the record, is not one).
CUES["book"] += [f"{v} {o}" for v in ("posso levar", "podemos levar", "posso trazer",
                                      "podemos trazer", "posso ir com", "podemos ir com")
                 for o in ("ele", "ela", "eles", "elas", "o menino", "a menina", "o bebe",
                           "a bebe", "os miudos", "as criancas")]
# "No" before a verb is a no (a typo for "não", or Spanish read as Portuguese: "no queremos").
CUES["negative"] += ["no quero", "no queremos", "no quiero", "no vamos", "no vou"]

# Issue 13, rules pass: "which practice?" asks where to go (scheduling).
CUES["sched"] += ["consultorio", "qual consultorio", "em que consultorio", "que consultorio",
                  "qual centro de saude", "qual e a morada"]

# "Agree" said of the family ("we agree: no vaccines") and the words that join it to what was
# agreed: an agreement on a no is no yes (labels_matches.agreement_on_a_no_dropped).
AGREEMENT = ["de acordo", "concord*"]
AGREED_JOINERS = ["que"]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "dentista", "citologia", "papanicolau", "oftalmologista", "oculista", "fisioterap*",
    "análises", "análise de sangue", "exame de sangue", "exames de sangue", "receita", "atestado",
    "baixa médica", "consulta para mim", "consulta ... minha mãe", "consulta ... meu marido",
    "consulta ... minha sogra", "consulta ... minha avó", "consulta ... do meu pai",
    "o doutor está", "a doutora está", "o médico está", "a médica está", "o dr ... está",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "escova", "cabeleireir*", "unhas", "manicure", "sobrancelha*", "jantar", "mesa para",
    "ecografia", "ultrassom", "resultados dos meus", "os meus resultados", "meus exames",
    "canalizador*",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "sim amor", "sim mãe", "sim mae", "sim querido", "sim pai",
]
CUES["child_vax"] = ["vacin*", "vacina*", "injeç*", "injec*"]

# Issue 13, after test split K: "no child of ours takes any more", "Leonor doesn't take
# vaccines". Not "ponto final" (full stop) alone: it closes a yes as well.
CUES["refuse"] += ["nenhuma criança nossa", "não leva vacina*", "não toma mais vacina*"]

# Issue 13, after test split L: "we'll pass on the vaccine".
CUES["refuse_soft"] += [f"{d} {v}" for d in ("dispensamos", "dispenso")
                        for v in ("a vacina", "as vacinas", "vacina*", "o reforço")]

# Issue 13, the retired test splits read again (H208): "I don't want the MMR" is a decision.
CUES["refuse"] += negated([f"{n} {v}" for n in NO_WANT
                            for v in ("mmr", "a mmr", "o mmr", "a tríplice", "a triplice viral")])

# The "here" cue (the package docstring).
CUES["here"] = ["aí", "aqui", "com vocês"]

# Issue 13, after test split M (H209): "none of the three was vaccinated".
CUES["refuse_soft"] += ["nenhum dos ... foi vacinad*", "nenhuma das ... foi vacinad*"]

# Issue 13, after test split O (H210): "não leva essa vacina", "lá em casa ninguém toma mais",
# "paramos de confiar em vacina", "optámos por não dar".
CUES["refuse_soft"] += ["não leva essa vacina", "não leva a vacina", "não leva vacina*",
                        "não toma essa vacina",
                        "parou de confiar em vacina*", "paramos de confiar em vacina*",
                        "optámos por não dar", "optamos por não dar", "optei por não dar",
                        "optámos por não vacinar", "optamos por não vacinar"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked; a stranger's words that a carer may also say ("the child isn't mine") are the
# weaker "wrong_weak", which a yes outweighs (a second reader's near misses).
# "Whether she can have it while on antibiotics": a question held before the yes (H210).
CUES["doubt"] += ["com antibiótico", "estando com antibiótico", "tomando antibiótico"]
CUES["wrong_weak"] = ["nada a ver com a criança", "nada a ver com o menino",
                      "nada a ver com a menina"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["enfermeir*", "meu marido", "minha mulher", "minha esposa", "médico", "medica",
          "dr", "doutor*"]
CUES["person"] = PERSON
# A new doctor where the family lives now is a move, not a jab had (H210).
CUES["moved"] += ["tem médico lá", "mudámo-nos", "mudei-me", "estamos inscritos num médico",
                  "inscritos noutro médico"]
# Beside a yes, the parent's own appointment or a relative's is another service.
CUES["elsewhere"] += ["minha consulta", "consulta pra mim", "diu", "pro diu"]

# "Without asking his doctor I don't want to give it": asking first, which softens the no
# (the kind of test split P's co-signed false refusal, in Bengali; found here by probing, H210).
CUES["talk"] = ["sem perguntar", "sem consultar", "sem falar com", "antes de perguntar",
                "antes de falar com", "sem antes perguntar"]

# Test split P, measured and read (H210).
CUES["refuse_soft"] += ["não dou ao meu filho", "não dou à minha filha", "não dou isso"]

# Issue 13, after test split U (H212): "isso é sobre a consulta do pé dele?" asks what the text
# is about, and a foot clinic is another service, not a yes to the vaccines.
CUES["identity"] += ["isso é sobre", "é sobre o quê", "é sobre o que", "é sobre quê"]
CUES["elsewhere"] += ["consulta do pé", "do pé dele", "do pé dela", "podolog*", "ortoped*"]

# Thanks that may follow a closing no (labels._closing_no); a word that closes a mock yes as a no.
THANKS = ["obrigado", "obrigada", "obg"]
CLOSING_NO = ["passo"]

# Issue 13, after test splits AB and AC (H213): "here at home nobody takes vaccines", "we chose
# not to give it [the vaccine]" (the family choosing: not the nursery or the nurse, nor "not to
# have a party this year"), "I'd rather he goes without". Not "não quero mais vacinas" (a
# reviewer's probes: "não quero mais vacinas em atraso", no more OVERDUE ones, is a yes), nor
# "aqui ninguém se vacina" ("... na farmácia", at the chemist's).
CUES["refuse_soft"] += ["ninguém toma vacina", "ninguem toma vacina",
                        "a gente optou por não dar ... vacina*",
                        "nós optamos por não dar ... vacina*",
                        "a gente optou por não vacinar", "prefiro que ele fique sem",
                        "prefiro que ela fique sem", "prefiro que fiquem sem"]
# A mind changed, beside an earlier no: the "changed_mind" cue (labels_decide; H213).
CUES["changed_mind"] = ["mudei de ideia", "mudamos de ideia", "mudámos de ideia",
                        "mudei de opinião", "mudamos de opinião"]
