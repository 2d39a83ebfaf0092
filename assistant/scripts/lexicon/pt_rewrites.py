"""Portuguese marker rewrites for the reply labeller (``pt``): phrases replaced by the English
rules' markers before any cue is looked for, so that a no inside them is not read as a no."""

from __future__ import annotations

from collections import defaultdict

from assistant.scripts.lexicon.pt_words import (
    DAYS,
    ILL,
    NEVER_HAD,
    NOT_DAY,
    NOT_PART,
    PARTS,
    WELL_AGAIN,
    negated,
)

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # "Not now, not ever": a lasting no (the English rules' EVERNO), not a "not now".
    "EVERNO": ["nem agora nem nunca", "nem agora nem depois", "nem agora nem mais tarde",
               "nem agora, nem nunca", "não agora nem nunca"],
    # A yes's reassurance: no allergies, never a problem, ill but well again, always on time.
    "REASSURED": negated(
        ["nao tem alergia*", "nao tem nenhuma alergia", "alergia nenhuma", "nenhuma alergia",
         "sem alergia*", "nao e alergic*", "alergias nao tem", "alergia nao tem",
         "alergias nao", "nunca reagiu", "nunca ficou mal", "nunca ficou doente com",
         "nunca aconteceu nada", "sempre ... em dia", "sempre ... no tempo certo",
         "sempre ... na data certa", "sempre tomou todas", "tomou sempre todas"]
        + [f"{h} {p}" for h in NEVER_HAD for p in ("problema*", "reacao", "reacoes",
                                                     "reacç*", "efeito*")]
        + [f"{i} ... {w}" for i in ILL for w in WELL_AGAIN]),
    # A time or place the family would rather not have: scheduling, not a no.
    "PREFERRED": negated(
        [f"{n} {d}" for n in NOT_DAY for d in DAYS] + [f"{d} nao" for d in DAYS]
        + [f"{d} nao posso" for d in DAYS] + [f"{d} nao da" for d in DAYS]
        + [f"{n} {p}" for n in NOT_PART for p in PARTS]
        + [f"de {p} nao" for p in PARTS] + [f"a {p} nao" for p in PARTS]
        + ["nao muito cedo", "nao tao cedo", "nao antes das", "nao depois das",
           "antes nao posso", "antes disso nao posso", "antes nao da",
           "nao na outra surgery", "nao no outro centro", "nao na outra clinica",
           "nao no outro posto", "a outra surgery nao", "o outro centro nao",
           "nessa surgery nao", "nesse centro nao", "nao nessa surgery", "nao nesse centro",
           "nao hoje", "hoje nao posso", "hoje nao da", "esta semana nao posso",
           "essa semana nao da", "essa semana nao posso"]),
    "POSOK": negated(["sem problema*", "nao tem problema", "nao ha problema",
                       "nenhum problema", "problema nenhum", "tanto faz", "nao me importo",
                       "nao nos importamos", "nao importa", "nao faz mal", "nao tem crise",
                       "nao ha crise", "por que nao", "porque nao", "nao ha inconveniente",
                       "se nao , tanto faz", "se nao der , tudo bem", "nao me incomoda"]),
    # "Não tenho certeza" is left as it is: the "condition" cue needs it to soften a no.
    "NOTSURE": negated(["nao sei ainda", "ainda nao sei", "ainda nao sabemos",
                         "nao sabemos ainda", "nao sei se", "nao sabemos se", "sei la",
                         "nao faco ideia", "nem sei", "nao decidi", "nao decidimos",
                         "ainda nao decidimos", "ainda nao decidi"]),
})

# "Depois" is "after" twice over: "depois do que aconteceu" (after what happened: a past
# event given as the reason for a no or a worry) is no "later", so it is rewritten out of the
# "condition" cue's way (PASTEVENT, no cue); "depois do Natal" (after Christmas: a holiday or
# an event still to come) puts the vaccine off, as the English "after Christmas" does: doubt.
_HAPPENED = ["aconteceu", "aconteceram", "houve", "passou", "passamos", "passaram",
             "se passou", "sucedeu", "ocorreu", "vimos", "vi", "li", "lemos", "ouvimos", "ouvi",
             "sofreu", "sofremos", "fizeram", "teve", "tivemos", "viveu", "vivemos"]
REWRITES["PASTEVENT"] = (
    [f"{a} ... {v}" for a in ("depois do que", "depois de tudo o que", "depois de tudo que",
                              "depois daquilo que", "apos o que", "apos tudo o que")
     for v in _HAPPENED]
    + ["depois da ultima vez", "depois daquela vez", "depois daquilo", "depois da reacao",
       "depois da reacç*", "depois do susto", "depois do caso d*", "apos a ultima vez",
       "apos aquilo", "apos a reacao"])

# December (tune gaps): a dismissal ("deixem-nos em paz"); a yes's reassurance that the illness
# has passed; a weekday ruled out with "só não pode".
REWRITES["GETLOST"] = ["deixem-nos em paz", "deixem nos em paz", "deixem-me em paz",
                       "deixem me em paz", "nos deixem em paz", "me deixem em paz"]
REWRITES["REASSURED"] += negated(
    [f"{a} {i}" for a in ("ja nao tem", "nao tem mais", "ja sem") for i in ILL]
    + [f"{i} {w}" for i in ("a febre", "febre", "a tosse", "tosse", "a gripe", "a virose")
       for w in ("passou", "ja passou", "ja foi embora", "sumiu")])
REWRITES["PREFERRED"] += negated([f"{n} {d}" for n in ("nao pode", "so nao pode",
                                                         "so nao posso", "so nao da")
                                   for d in DAYS])
# Not speaking English is why an interpreter or someone else comes: logistics (rule 2); an
# apology for answering late is no "no".
REWRITES["PREFERRED"] += negated(["nao fal* ... ingles", "nao sei ingles", "nao sabe ingles",
                                   "nao entend* ... ingles"])
REWRITES["REASSURED"] += negated(["desculp* ... nao ter respondido", "nao respondi antes",
                                   "por nao responder", "nao pude responder"])

# Issue 13, rules pass: both children brought at once, the same day: how the family will come
# (logistics), not the worry of many jabs at once ("levar os dois de uma vez?").
# A bringing verb first: "as duas de uma vez" alone may be two vaccines.
_BOTH = [f"{v} {b}" for v in ("levar", "levo", "levamos", "trazer", "trago", "ir com")
         for b in ("os dois", "as duas", "os 2", "as 2", "ambos", "os meus dois", "os miudos")]
REWRITES["BOOKWITH"] = [f"{b} ... {t}" for b in _BOTH
                         for t in ("de uma vez", "juntos", "juntas", "no mesmo dia",
                                   "ao mesmo tempo")]
# "O (irmão) mais velho": the eldest child, not "when he is older" (a deferral).
REWRITES["SIBLING"] = [f"{a} {n}mais {o}" for a in ("o", "a", "do", "da", "ao", "pro", "pra")
                       for n in ("", "irmao ", "irma ", "filho ", "filha ")
                       for o in ("velho", "velha", "novo", "nova")]

# Issue 13, rules pass: "we are not refusing (just afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] = negated(["nao recus*", "nao estou a recusar", "nao estamos a recusar",
                                   "nao estou recusando", "nao estamos recusando",
                                   "nao e uma recusa", "nao somos contra", "nao sou contra"])
# "Nem pensar" (no way) is a strong no: the "pensar" (think it over) inside it is no condition.
REWRITES["STRONGNO"] += ["nem pensar", "nem pensa", "nem pensem"]

# "When hens grow teeth", "on Saint Never's day": never, said as a mock yes (the English
# rules' SARCASM: a decision against, which the model must co-sign).
REWRITES["SARCASM"] = ["dia de são nunca", "são nunca à tarde", "galinhas tiverem dentes",
                       "galinha tiver dente*", "galinhas criarem dentes"]

# Issue 13, after test split K: a day that cannot be ("só não pode ser à sexta"), and not reading
# English, said with a yes, are logistics; "call me to say the day" books.
REWRITES["PREFERRED"] += [f"não pode ser {a}{d}" for a in ("", "à ", "na ", "a ")
                          for d in ("segunda", "terça", "quarta", "quinta", "sexta", "sábado")]
REWRITES["PREFERRED"] += ["não sei ler*", "nao sei ler*", "não leio bem", "não falo bem inglês"]
REWRITES["BOOKWITH"] += ["liga pra mim pra falar o dia", "liga-me para dizer o dia",
                        "ligue pra mim pra marcar", "me liga pra marcar"]

# Issue 13, after test split L: a parent's own job (a nurse, a doctor) or workplace (the
# hospital) is not a wish to talk to one.
REWRITES["ASIDE"] += ["dispensamos as vacinas aqui", "dispensamos a vacina aqui",
                      "sou enfermeir*", "sou médic*", "sou farmacêutic*",
                      "trabalho no hospital", "trabalho num hospital"]

# Issue 13, the retired test splits read again (H208): "after the MMR" (after the vaccine) is a
# past event, never a "later".
REWRITES["PASTEVENT"] += ["depois da tríplice*", "depois da triplice*", "depois da vacina",
                          "depois das vacinas", "depois do mmr", "depois da mmr"]

# Issue 13, after test split M (H209): "I can't do mornings" is when.
REWRITES["PREFERRED"] += ["não consigo de", "nao consigo de", "não consigo pela",
                          "nao consigo pela",
                          "não consigo à", "nao consigo a"]

# "Don't worry, we'll come this time": a reassurance to the surgery, not a worry (H209).
REWRITES["REASSURED"] += ["não se preocupe*", "nao se preocupe*", "não precisa se preocupar"]

# Issue 13, after test split O (H210): "after the pandemic" is a past event, not a "later".
REWRITES["PASTEVENT"] += ["depois da pandemia", "desde a pandemia"]

# A new doctor where the family lives now is a move, not a jab had (H210).
REWRITES["ASIDE"] += ["já tem médico"]

# The retired splits' yeses the model was sure of, read out-of-fold after O (H210): "if not,
# no problem", a parent who cannot read or speak English well.
REWRITES["POSOK"] += ["se não tiver, tudo bem", "se não tiver tudo bem", "se não der, tudo bem"]

# Split Q's yeses read out-of-fold (H211): "as long as it's in Stockwell, I haven't got a car"
# is where, not a no.
REWRITES["PREFERRED"] += negated(["desde que seja em", "desde que seja no", "desde que seja na",
                                   "nao tenho carro", "estou sem carro", "nao temos carro"])
# Issue 13, after test split T (H212): "e agora querem vacinar meu filho?": "and now you want
# to" is exasperation at the practice, not a "not now" that softens the no after it.
REWRITES["EXASPERATED"] = ["e agora querem", "e agora vocês querem", "e agora voces querem",
                           "agora é que querem", "agora e que querem", "e só agora",
                           "e so agora"]
# "Quem está a falar? Não percebi a mensagem": not understanding the text is no "não" (after U).
REWRITES["ASIDE"] += [
    f"{n} {m}" for n in ("não percebi", "nao percebi", "não percebo", "nao percebo", "não entendi",
                         "nao entendi", "não entendo", "nao entendo")
    for m in ("a mensagem", "esta mensagem", "essa mensagem", "a sms", "o sms")]
# After test split Y (H212): a day corrected ("terça 14h? Ah não, desculpa, terça é o dentista,
# quarta então") and "só não pode ser de manhã" are when, not a no.
REWRITES["ASIDE"] += ["ah não , desculpa", "ah nao , desculpa", "não , desculpa", "nao , desculpa",
                      "ah não desculpa", "não desculpa", "nao desculpa"]
REWRITES["PREFERRED"] += [f"{a}não pode ser {b}" for a in ("", "só ", "so ")
                          for b in ("de manhã", "de manha", "à tarde", "a tarde", "de tarde")]

# Issue 13, after test split AB (H213): "nobody here takes vaccines, and it won't be now that
# that changes": no "not now". Not a lasting no in itself: a near miss says it of a fear of
# needles, then "but book it, I'll bring him".
REWRITES["ASIDE"] += ["não vai ser agora que isso muda", "nao vai ser agora que isso muda",
                       "não é agora que isso vai mudar", "nao e agora que isso vai mudar",
                       "não vai ser agora que vai mudar"]
# "Ninguém toma vacina sem eu estar junto" (nobody has a jab without me there): how, not a no.
REWRITES["PREFERRED"] += ["toma vacina sem", "toma vacina sem eu", "toma a vacina sem"]
