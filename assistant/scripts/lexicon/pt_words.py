"""Portuguese general vocabulary for the reply labeller (``pt``): each kind of word as a
speaker would list it (Portugal and Brazil), in every person and tense, with texting forms of
"não" (issue 13)."""

from __future__ import annotations

# Issue 13 (December): the lists above were literal; what follows is the general vocabulary
# a speaker would list (Portugal and Brazil), in every person and tense, with and without
# accents (the reply and the phrases are both folded), and texting forms of "não"
# ("nao", "ñ", "n", "naum", "num").

def negated(phrases: list[str]) -> list[str]:
    """Phrases with "nao" also spelt as texting shorthand does."""
    out = list(phrases)
    for p in phrases:
        if p.startswith("nao "):
            out += [short + p[3:] for short in ("n", "naum", "num", "nn")]
    return list(dict.fromkeys(out))


NO_WANT = ["nao quero", "nao queremos", "nao queria", "nao queriamos", "a gente nao quer",
            "nao desejo", "nao desejamos", "ja nao quero", "ja nao queremos", "quero nao"]
# What is not wanted: the vaccine or the act, never "não quero" alone (it may be the texts).
THE_JAB = ["a vacina*", "essa vacina", "esta vacina", "as vacinas", "vacina*", "nenhuma vacina",
            "vacinar*", "vacina-l*",
            "que vacinem", "que o vacinem", "que a vacinem", "que vacinem ele",
            "que vacinem ela", "que ele tome", "que ela tome", "que ele leve", "que ela leve",
            "que ele seja vacinado", "que ela seja vacinada", "dar a vacina", "dar vacina*",
            "que deem", "que de a vacina", "que tome a vacina", "que tome vacina*",
            "a picada", "picada*", "injecao", "injecoes", "a mmr", "a triplice", "o reforco",
            "o booster", "tomar a vacina", "tomar vacina*", "levar a vacina"]
WE_WONT = ["nao vamos", "nao vou", "nao vai", "a gente nao vai", "nao pretendo",
            "nao pretendemos", "nao vou deixar", "nao vamos deixar", "nao deixo",
            "nao deixamos"]
WONT_WHAT = ["vacinar*", "vacina-l*", "dar a vacina", "dar vacina*", "tomar a vacina",
              "tomar vacina*", "vaciná-l*", "vacinar ele", "vacinar ela", "que vacinem",
              "ele tomar", "ela tomar", "levar a vacina", "levar essa vacina",
              "levar vacina*", "tomar essa vacina", "tomar nenhuma"]

REFUSE_WORDS = negated(
    [f"{n} {w}" for n in NO_WANT for w in THE_JAB]
    + [f"{n} {w}" for n in WE_WONT for w in WONT_WHAT]
    + ["nao vacinamos", "nao vacino", "nao vacinaremos", "nao vou vacina-l*",
       "nunca vacinei", "nunca vacinamos", "nunca vacinamos os", "nao permito",
       "nao permitimos", "nao autorizamos", "nao dou permissao", "nao damos permissao",
       "nao consentimos", "nao dou autorizacao", "retiro o consentimento",
       "retiramos a autorizacao", "retiro a autorizacao", "cancelo a autorizacao",
       "revogo", "revogamos", "somos contra vacina*", "sou contra vacina*",
       "somos contra a vacina*", "sou contra a vacina*", "contra a vacinacao",
       "nao acreditamos em vacina*", "nao acredito em vacina*", "aqui ninguem toma vacina",
       "aqui em casa ninguem toma", "ninguem aqui toma vacina", "a gente nao vacina",
       "nao vacinamos os nossos filhos", "nao vacinamos nossos filhos",
       "a nossa decisao e nao", "nossa decisao e nao", "minha decisao e nao"])

YES_WORDS = ["sim", "sii", "simmm", "isso mesmo", "claro que sim",
             "pode sim", "podem sim", "ta bom", "ta otimo", "ta certo", "ok obrigado",
             "ok obrigada", "sim obrigad*", "sim , obrigad*", "sim por favor", "sim pf",
             "sim sff", "certo", "certinho", "show", "beleza", "top", "demorou", "fechou",
             "bora", "vamo", "quero que tome", "queremos que tome", "quero vacinar*",
             "queremos vacinar*", "quero que vacinem", "queremos que vacinem", "autorizo",
             "autorizamos", "dou autorizacao", "damos autorizacao", "consinto", "concordamos",
             "com todo o gosto", "com prazer", "esta otimo", "esta bem", "pode marcar",
             "por mim tudo bem", "por nos tudo bem"]

BOOK_WORDS = ["marc*", "agend*", "reserv*", "inscrev*", "uma consulta", "a consulta",
              "consulta para", "me manda", "me mande", "manda o horario", "manda a data",
              "mandem a data", "mandem o horario", "me diga", "me diz", "diz o dia",
              "levo ele", "levo ela", "levo-o", "levo-a", "levamos ele", "levamos ela",
              "vou leva-l*", "vamos leva-l*", "leva ele",
              "leva ela", "o pai leva", "a mae leva", "a avo leva", "o avo leva", "vamos la",
              "vamos sim", "a gente vai", "vamos no dia", "vou no dia", "estaremos la",
              "estarei la", "la estaremos", "passo ai", "passamos ai", "vaga*", "horario*"]

SCHED_WORDS = ["onde", "qual surgery", "que surgery", "em qual surgery", "qual centro",
               "que centro", "qual clinica", "que clinica", "qual posto", "endereco", "morada",
               "localizacao", "interprete", "tradutor*", "traducao", "em portugues", "avo",
               "avó", "tia", "tio", "madrinha", "padrinho", "o pai dele", "o pai dela",
               "estacionamento", "parque", "quanto tempo", "quanto demora", "que horas",
               "a que horas", "data*", "escola", "escolinha", "creche", "domingo",
               "fim de semana", "fds", "proxima semana", "semana que vem", "cedo", "meio dia",
               "almoco", "tarde", "noite", "disponib*", "os dois", "as duas", "irmao*",
               "irma*", "juntos", "no mesmo dia", "mesma consulta", "levar*", "leva-l*",
               "trazer*", "acompanh*", "pode ser", "serve", "da para", "depois do trabalho",
               "antes do trabalho", "trampo", "trabalho", "remarcar", "mudar a data"]

STOP_WORDS = ["parem de mandar", "parem de enviar", "parar de mandar", "pararem de mandar",
              "para de mandar", "pare de mandar", "apaguem o meu numero", "apaguem meu numero",
              "retirem o meu numero", "retirem meu numero", "tirem o meu numero",
              "me tira dessa lista", "me tira desta lista", "tirem-me", "descadastra*",
              "cancelo a subscricao", "cancelar a subscricao", "sem sms", "so carta",
              "nao quero receber", "nao quero mais mensage*", "nao quero lembrete*",
              "nao quero mensage*", "nao quero sms", "nao quero ser contactad*",
              "nao quero ser contatad*", "nao me mandem mais", "chega de mensage*",
              "stop por favor", "stop pf", "stpo", "sotp", "sotpp", "spam"]

DOUBT_WORDS = ["e mesmo preciso", "precisa mesmo", "e necessario", "sera que", "e verdade",
               "faz mal", "mal a ele", "mal a ela", "prejudic*", "toxic*", "quimic*",
               "aluminio", "mercurio", "metais", "porco", "halal", "vegetarian*", "vegan*",
               "origem animal", "ingrediente*", "componente*", "vou pensar", "vamos pensar",
               "deixa eu pensar", "deixe-me pensar", "vou falar com", "vamos conversar",
               "te aviso", "aviso depois", "depois aviso", "depois digo", "depois falo",
               "dou noticias", "duvida*", "nao confio", "desconfi*", "esperar", "esperamos",
               "quando ele for maior", "quando ela for maior", "mais velho", "mais velha",
               "ano que vem", "tem perigo"]

CONDITION_WORDS = ["antes de", "primeiro", "sem antes", "ate falar", "antes de falar",
                   "sem falar", "falar com", "esperar", "por enquanto", "quando melhorar",
                   "quando ficar bom", "quando ficar boa", "mais velho", "mais velha",
                   "ano que vem", "agora mesmo", "desta vez", "hoje", "estes dias",
                   "esses dias", "ate que", "ate ele", "ate ela"]

REFUSE_SOFT_WORDS = ["nada de vacina*", "vacina nao", "vacinas , nao", "nao as vacinas",
                     "nao a vacina", "nao estamos interessad*", "nao estou interessad*",
                     "nao temos interesse", "nao tenho interesse", "ja disse que nao",
                     "ja falei que nao", "eu disse que nao", "nao e nao", "nao nao e nao",
                     "nao , nao e nao", "nao nao nao", "decisao tomada", "e a nossa decisao",
                     "e nossa decisao", "e a minha decisao", "e minha decisao",
                     "imunidade natural", "imunidade dela vem", "imunidade dele vem",
                     "defesas naturais", "da natureza", "medicina natural", "naturalista",
                     "recusamos", "recuso-me", "nem essa nem outra", "nem outra", "me recuso",
                     "nos recusamos"]

ILL = ["febre", "gripe", "gripad*", "resfriad*", "constipad*", "tosse", "virose", "doente",
        "vomit*", "diarreia", "otite", "infeccao", "antibiotico*", "dodoi", "adoentad*"]
WELL_AGAIN = ["ja passou", "ja esta bem", "ja esta boa", "ja esta bom", "ja ta bem",
               "ja ta boa", "ja ta bom", "ja melhorou", "ja sarou", "ja ficou bom",
               "ja ficou boa", "ja recuperou", "ja se recuperou", "esta otim*", "ta otim*",
               "agora esta bem", "agora ta bem", "esta bem agora", "ta bem agora",
               "ja nao tem nada", "ja esta curad*"]
NEVER_HAD = ["nunca teve", "nunca deu", "nunca tivemos", "nunca houve", "nao teve",
              "nao tivemos", "jamais teve", "sem nenhum", "nenhum", "nenhuma"]
DAYS = ["segunda*", "terca*", "quarta*", "quinta*", "sexta*", "sabado*", "domingo*",
         "fim de semana", "fins de semana", "fds"]
PARTS = ["manha", "manhas", "tarde", "tardes", "noite", "noites", "hora de almoco"]
NOT_DAY = ["nao na", "nao no", "nao as", "nao aos", "menos na", "menos no", "menos as",
            "menos aos", "exceto na", "exceto no", "so nao na", "so nao no",
            "nao posso na", "nao posso no", "nao posso as", "nao posso aos",
            "nao podemos na", "nao podemos no", "que nao seja na", "que nao seja no",
            "so que nao seja", "que nao seja", "nao da na", "nao da no", "nao da pra"]
NOT_PART = ["nao de", "nao pela", "nao a", "nao posso de", "nao posso pela",
             "nao podemos de", "so nao de", "so nao pela", "que nao seja de",
             "que nao seja pela", "menos de", "menos pela", "de manha nao", "nao da de"]
