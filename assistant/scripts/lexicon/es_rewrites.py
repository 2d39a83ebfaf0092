"""Spanish marker rewrites for the reply labeller (``es``): phrases replaced by the English rules'
markers before any cue is looked for, so that a no inside them is not read as a no."""

from __future__ import annotations

from collections import defaultdict

from assistant.scripts.lexicon.es_words import DAYS, ILL, NEVER_HAD, NOT_THEN, PARTS, WELL_AGAIN

# A defaultdict: any marker may be added to below without first making its list.
REWRITES: defaultdict[str, list[str]] = defaultdict(list, {
    # "Not now, not ever": a lasting no (the English rules' EVERNO), not a "not now".
    "EVERNO": ["ni ahora ni nunca", "ni ahora ni después", "ni ahora ni más adelante",
               "ni ahora ni luego", "ni ahora, ni nunca"],
    # A yes's reassurance: no allergies, never a problem, ill but well again, always on time.
    "REASSURED": (["no tiene alergia*", "no tiene ninguna alergia", "no tiene ningun* alergia*",
                   "alergias no tiene", "alergias ninguna", "alergias no", "sin alergias",
                   "ninguna alergia", "no es alergic*", "no hay alergias", "cero alergias",
                   "nada de alergias", "alergias , ninguna", "alergias no tiene ninguna",
                   "nunca ha reaccionado", "nunca reacciono", "no reacciono mal",
                   "nunca se ha puesto malo", "nunca se ha puesto mala",
                   "nunca le ha pasado nada", "nunca le paso nada", "siempre ... al dia",
                   "siempre ... a tiempo", "siempre ... a su hora", "siempre ... en su fecha",
                   "siempre se las hemos puesto", "siempre ha ido a todas"]
                  + [f"{h} {p}" for h in NEVER_HAD
                     for p in ("problema*", "reaccion*", "reacciones", "efecto*")]
                  + [f"{i} ... {w}" for i in ILL for w in WELL_AGAIN]),
    # A time or place the family would rather not have: scheduling, not a no.
    "PREFERRED": ([f"{n} {d}" for n in NOT_THEN[0] for d in DAYS]
                  + [f"{d} no" for d in DAYS] + [f"el {d} no puedo" for d in DAYS]
                  + [f"{n} {p}" for n in NOT_THEN[1] for p in PARTS]
                  + [f"por la {p} no" for p in PARTS] + [f"por las {p} no" for p in PARTS]
                  + ["no muy temprano", "no tan temprano", "no antes de las", "no despues de las",
                     "antes no puedo", "antes de eso no puedo", "antes no podemos",
                     "no en el otro centro", "no en la otra surgery", "no en la otra clinica",
                     "no el otro centro", "no la otra surgery", "no la otra clinica",
                     "el otro centro no", "la otra surgery no", "la otra clinica no",
                     "no en ese centro", "no en esa surgery", "no en esa clinica",
                     "ese centro no", "esa surgery no", "esa clinica no", "no en el centro de",
                     "solo que no sea muy", "que no sea muy", "no en horario de", "no hoy",
                     "hoy no puedo", "hoy no podemos", "esta semana no puedo",
                     "esta semana no podemos", "si no , otro dia"]),
    "POSOK": ["no hay problema", "no hay ningun problema", "ningun problema", "sin problema*",
              "no es problema", "no pasa nada", "no me importa", "no nos importa",
              "me da igual", "nos da igual", "da igual", "si no da igual", "si no , da igual",
              "si no , no pasa nada", "si no no pasa nada", "no tengo problema",
              "no tenemos problema", "no hay inconveniente", "ningun inconveniente",
              "sin inconveniente", "no me molesta", "por que no", "como no", "no faltaba mas",
              "no hay de que"],
    # "No estoy segura" is left as it is: the "condition" cue needs it to soften a no.
    "NOTSURE": ["no se todavia", "todavia no se",
                "aun no se", "no lo se", "no lo sabemos", "no sabemos todavia", "no se aun",
                "no lo tengo claro", "no lo tenemos claro", "no tengo claro", "no se si",
                "no sabria decir", "ni idea", "no sabemos si", "no me decido",
                "no nos decidimos"],
})

# "Después" is "after" twice over: "después de lo que pasó" (after what happened: a past
# event given as the reason for a no or a worry) is no "later", so it is rewritten out of the
# "condition" cue's way (PASTEVENT, no cue); "después de Navidad" (after Christmas: a holiday
# or an event still to come) puts the vaccine off, as the English "after Christmas" does: doubt.
_HAPPENED = ["paso", "pasaron", "ha pasado", "han pasado", "pasamos", "hemos pasado",
             "ocurrio", "ha ocurrido", "sucedio", "ha sucedido", "hubo", "vimos", "vi", "lei",
             "leimos", "oimos", "hemos visto", "vivimos", "hemos vivido", "sufrio", "sufrimos",
             "hicieron", "tuvo", "tuvimos"]
REWRITES["PASTEVENT"] = (
    [f"{a} ... {v}" for a in ("despues de lo que", "despues de todo lo que", "tras lo que",
                              "tras todo lo que", "despues de aquello que") for v in _HAPPENED]
    + ["despues de la ultima vez", "despues de aquella vez", "despues de aquello",
       "despues de la reaccion", "despues del susto", "despues de lo de", "despues de lo del",
       "tras la ultima vez", "tras aquello", "tras la reaccion", "tras lo de", "tras lo del"])

# December (tune gaps): the answer given as final ("ahora y siempre"); a yes's reassurance that
# the illness has passed or the first dose went well.
REWRITES["EVERNO"] += ["ahora y siempre", "ni ahora ni en el futuro"]
REWRITES["REASSURED"] += (
    [f"{a} {i}" for a in ("ya no tiene", "no tiene ya", "ya sin", "ya se le quito la",
                          "ya se le quito el", "se le quito la", "se le quito el",
                          "ya esta bien de la", "ya esta bien del", "ya esta bien de")
     for i in ILL]
    + ["sin ninguna reaccion", "ninguna reaccion", "la llevo muy bien", "lo llevo muy bien",
       "la llevo bien", "lo llevo bien", "le sento bien", "le sento genial",
       "no sabia que", "no sabiamos que"])
# Not speaking English is why an interpreter or someone else comes: logistics (rule 2); an
# apology for answering late is no "no"; "no ... lo tenemos claro" is a settled choice.
REWRITES["PREFERRED"] += ["no habl* ... ingles", "no sabe ingles", "no se ingles",
                          "no entiend* ... ingles"]
REWRITES["REASSURED"] += ["que no conteste antes", "por no contestar", "no pude contestar",
                          "que no respondi antes", "por no responder"]
REWRITES["KEEPCHOICE"] = ["no ... lo tenemos claro", "no ... lo tengo claro",
                          "no ... lo tenemos muy claro", "no ... lo tengo muy claro"]

# Issue 13, rules pass: both children brought at once or the same day: logistics, not the
# worry of many jabs at once ("¿puedo llevar a los dos a la vez?").
# A bringing verb first: "las dos a la vez" alone may be two vaccines.
_BOTH = [f"{v} {b}" for v in ("llevar a", "llevo a", "traer a", "traigo a", "ir con")
         for b in ("los dos", "las dos", "los 2", "las 2", "ambos", "ambas", "mis dos",
                   "los hermanos", "los ninos")]
REWRITES["BOOKWITH"] = [f"{b} ... {t}" for b in _BOTH
                         for t in ("a la vez", "juntos", "juntas", "el mismo dia",
                                   "al mismo tiempo", "de una vez")]

# Issue 13, rules pass: "we are not refusing (just afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] = ["no nos negamos", "no me niego", "no rechaz*", "no lo rechaz*",
                          "no estamos rechazando", "no estoy rechazando", "no es un no",
                          "no somos antivacunas", "no estamos en contra", "no estoy en contra"]

# "When frogs grow hair": never, said as a mock yes (SARCASM, as in pt). Not "when pigs fly",
# which is also said of the surgery ("pensé que me contestarían cuando los cerdos vuelen. Sí,
# dame cita": a second reader's near miss, tests/scripts/refusal_near_misses.jsonl).
REWRITES["SARCASM"] = ["cuando las ranas críen pelo", "cuando las ranas crien pelo"]

# Issue 13, after test split J: "déjenlo anotado" asks that the decision be recorded, it books
# nothing.
REWRITES["REASSURED"] += ["déjenlo anotado", "dejenlo anotado", "que conste", "tomen nota"]

# Issue 13, after test split L: a parent's own job (a nurse, a doctor) or workplace (the
# hospital) is not a wish to talk to one.
REWRITES["ASIDE"] += ["soy enfermer*", "soy médic*", "soy doctor*", "soy farmacéutic*",
                      "trabajo en el hospital", "trabajo en un hospital"]

# Issue 13, the retired test splits read again (H208): "an appointment for my son" is the
# child's, not the parent's own; "the two little ones at once" is how they will come.
REWRITES["ASIDE"] += ["para mi hij*", "para mi niñ*", "para mi bebé", "para mi peque*",
                      "para mis hij*"]
REWRITES["BOOKWITH"] += [f"los dos {k} ... a la vez" for k in ("peques", "niños", "nenes",
                                                               "críos", "hijos", "chicos")]

# Issue 13, after test split M (H209): "and then what, the microchip?" mocks; "I already talked
# it over with the doctor" is no wish to talk; "I realised she hadn't" and "a nurse at the
# hospital" are a yes's life.
REWRITES["ASIDE"] += ["y después qué", "me di cuenta de que no", "enfermera en el hospital",
                      "enfermero en el hospital"]
REWRITES["REASSURED"] += ["ya lo hablé con", "ya lo hablamos con"]

# "Don't worry, we'll come this time": a reassurance to the surgery, not a worry (H209).
REWRITES["REASSURED"] += ["no se preocupen", "no se preocupe", "no te preocupes"]
REWRITES["ASIDE"] += ["en el hospital con el bebé", "en el hospital con la bebé"]

# Issue 13, after test split O (H210): "after the pandemic" is a past event, not a "later".
REWRITES["PASTEVENT"] += ["después de la pandemia", "desde la pandemia", "despues de la pandemia"]

# "We won't vaccinate him again, he had it in Madrid": a jab had, not a no to it (H210, a
# second reader's near misses).
REWRITES["ASIDE"] += ["vacunar otra vez", "vacunar de nuevo", "vacunarlo otra vez",
                      "vacunarla otra vez"]
# Issue 13, after test split T (H212): where the child lives or stays ("pasa los inviernos con su
# padre en Sevilla y allí le pusieron la triple vírica") says who was there, not "I'll talk it
# over with his father".
# Only a stay, not where the child lives: "vive con su madre y no quiero vacunarlo" keeps the
# other parent, for a person to read.
REWRITES["ASIDE"] += [f"{v} ... con su {p}" for v in ("pasa", "pasó", "estaba", "se quedó")
                      for p in ("padre", "madre", "papá", "mamá", "abuela", "abuelo")]
# After test split W (H212): "perdón por la demora, con los mellizos no doy abasto" is life
# around a yes, not a no; autism named with a yes and an adjustment (English rewrites) too.
REWRITES["ASIDE"] += ["no doy abasto", "no damos abasto", "no llego a todo"]
REWRITES["ASIDE"] += [f"{a} ... {b}" for a in ("tiene autismo", "es autista")
                      for b in ("primera cita", "última cita", "sala tranquila",
                                "esperar en el coche")]
