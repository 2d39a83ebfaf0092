"""Spanish word lists for the reply labeller (see the package)."""

from __future__ import annotations

from collections import defaultdict

from assistant.scripts.lexicon.es_words import (
    BOOK_WORDS,
    CONDITION_WORDS,
    DAYS,
    DOUBT_WORDS,
    ILL,
    NEVER_HAD,
    NOT_THEN,
    PARTS,
    REFUSE_SOFT_WORDS,
    REFUSE_WORDS,
    SCHED_WORDS,
    STOP_WORDS,
    WELL_AGAIN,
    YES_WORDS,
    spelt,
)

CUES: dict[str, list[str]] = {
    "yes": ["sí", "claro", "vale", "de acuerdo", "por supuesto", "bueno", "quiero", "queremos",
            "si claro", "sí por favor", "si porfa", "sip", "sii", "siii", "dale", "va bien",
            "perfecto", "genial", "estupendo", "okey", "oki", "acepto", "aceptamos",
            "me parece bien", "nos parece bien", "está bien", "esta bien", "claro que sí",
            "cómo no", "venga", "adelante", "sin problema", "listo"],
    "book": ["cita", "reservar", "reserve", "agendar", "programar", "cuándo podemos", "apunt*",
             "anót*", "pídeme", "pidan", "pedir cita", "denme", "dadle", "deme", "llámenme",
             "llamadme", "llámeme", "me llaman", "hueco", "turno", "la llevo", "lo llevo",
             "la llevamos", "lo llevamos", "podemos ir", "podemos llevarl*",
             "cuando ustedes digan", "cuando quieran"],
    "already": ["todo al día", "ya tiene", "ya tuvo", "ya recibió", "ya está vacunad*",
                "ya fue vacunad*", "ya le pusieron", "fue vacunad*", "está vacunad*",
                "vacunado en", "vacunada en", "vacunados en", "vacunadas en", "se la pusieron",
                "se las pusieron", "se la puso", "se las puso", "se la pusimos",
                "se las pusimos", "le pusieron", "le pusimos", "se vacunó", "lo vacunaron",
                "la vacunaron", "los vacunaron", "ya la tiene", "ya las tiene", "ya lo tiene",
                "ya los tiene", "tiene todas las vacunas", "tiene todas puestas",
                "ya está puesta", "ya están puestas", "está al día", "están al día",
                "al día con", "ya se la pusieron", "ya está hecho", "ya lo hicimos"],
    "moved": ["nos mudamos", "mudamos", "ya no vivimos", "vivimos ahora", "nos fuimos",
              "volvimos a", "otro médico", "otra clínica", "me mudé", "nos hemos mudado",
              "mudanza", "nos volvimos", "ahora vivimos", "no vivimos",
              "ya no estamos en su zona", "ya no estamos por la zona", "fuera de la zona",
              "nos registramos en", "registrados en otr*", "cambiamos de gp",
              "cambiamos de médico", "cambiamos de centro", "cambio de centro", "otra surgery",
              "otro gp", "otro centro de salud", "ya no somos pacientes",
              "nos pasaron el historial"],
    "wrong": ["número equivocado", "equivocado", "equivocación", "no tengo hijos", "no conozco",
              "no tengo niños", "no tengo ni hijos", "no soy el padre", "no soy la madre",
              "no soy su padre", "no soy su madre", "no es mi hij*",
              "se equivocaron de persona", "se han equivocado", "persona equivocada",
              "número nuevo", "sim nueva", "aquí no hay ningun*"],
    # A bare "no quiero" may be about the messages ("no quiero recordatorios"): a
    # refusal names the vaccine or the jab; the bare words are a no (a person reads it).
    "refuse": ["no queremos la vacuna*", "no quiero la vacuna*", "no quiero vacuna*",
               "no queremos vacuna*", "no quiero ninguna vacuna", "no queremos ninguna",
               "no quiero ninguna", "no la queremos", "no las queremos", "no la quiero",
               "no las quiero", "no quiero vacunar*", "no queremos vacunar*",
               "no quiero que la vacunen", "no quiero que lo vacunen",
               "no quiero que los vacunen", "no quiero que las vacunen",
               "no quiero que le vacunen", "no queremos que la vacunen",
               "no queremos que lo vacunen", "no queremos que los vacunen",
               "no queremos que las vacunen", "no queremos que le vacunen",
               "no quiero que se vacune", "no queremos que se vacune", "no quiero ponérsela*",
               "no queremos ponérsela*", "no quiero que le pongan", "no queremos que le pongan",
               "rechaz*", "no autorizo", "no acepto", "no vamos a vacunar", "no vacunamos",
               "en contra de las vacunas", "no le vamos a poner", "no le voy a poner",
               "no se la vamos a poner", "no se las vamos a poner", "no se la voy a poner",
               "no la vamos a vacunar", "no lo vamos a vacunar", "no doy mi consentimiento",
               "no damos consentimiento", "no damos nuestro consentimiento", "me niego",
               "nos negamos", "no vacuno", "no vamos a poner",
               "hemos decidido no vacunar*", "decidimos no vacunar*",
               "he decidido no vacunar*", "no la vacuno", "no lo vacuno", "no los vacuno",
               "no las vacuno", "no se la va a poner", "no se las va a poner"],
    "stop": ["ya esta bien de mensaj*", "ya esta bien de llamad*", "ya esta bien de sms",
             "basta de mensaj*", "basta ya", "ya basta",
             "no envíen", "no manden", "no escriban", "no llamen", "no me escriban",
             "no me llamen", "dejen de", "darme de baja", "baja", "dar de baja",
             "denme de baja", "basta de mensajes", "no me contacten", "no contacten",
             "no deseo ser contactad*", "no me manden", "no me envíen", "spam*",
             "quitarme de la lista", "sáquenme de la lista", "borren mi número"],
    "doubt": ["no estoy segur*", "no sé", "miedo", "preocupad*", "es seguro",
              "efectos secundarios", "efectos adversos", "pregunta*", "hablar con", "enfermer*",
              "más tarde", "tal vez", "quizás", "quizá", "quizas", "enferm*", "fiebre",
              "alergi*", "reacción", "dejarlo para después", "para después", "luego vemos",
              "ya veremos", "no se", "nose", "nosé", "ni idea si", "me da miedo",
              "nos da miedo", "me preocupa", "nos preocupa", "asusta*", "nervios*", "riesgo*",
              "peligro*", "autismo", "gelatina", "cerdo", "ingrediente*", "pensar", "pensarlo",
              "pensármelo", "consultar*", "comentar*", "hablarlo", "mi marido", "mi mujer",
              "mi pareja", "con su padre", "con su madre", "con su papá", "con su mamá",
              "a su padre", "a su madre", "a su papá", "a su mamá", "información", "info",
              "explica*", "médico", "doctor*", "pediatra", "de momento", "por ahora",
              "más adelante", "necesito tiempo", "más tiempo", "ahora no", "ahorita no",
              "todavía no", "aún no", "malito", "malita", "resfriad*", "constipad*",
              "con mocos", "tos", "vómitos", "se hinchó", "hinchazón", "reaccionó",
              "la última vez", "tantas vacunas", "muchas vacunas", "de golpe", "a la vez",
              "separad*", "necesari*", "hace falta", "obligatori*"],
    "condition": ["ahora", "después", "todavía", "aún", "más tarde", "enferm*", "ahorita",
                  "de momento", "por ahora", "por el momento", "más adelante", "malito",
                  "malita", "resfriad*", "constipad*", "más tiempo", "necesito tiempo",
                  "pensar*", "hasta que", "esta semana", "este mes", "mientras", "miedo",
                  "me preocupa", "nos preocupa", "preocupad*", "asusta*", "nervios*", "tantas",
                  "a la vez", "de golpe", "todas juntas", "no estoy segur*"],
    "negative": ["no", "no quiero", "no queremos"],
    # Issue 13: a refusal as who the family is, a choice long made, other care.
    "refuse_soft": ["no se va a vacunar", "no la voy a vacunar", "no lo voy a vacunar",
                    "no se vacuna", "revoco", "antivacunas", "nada de vacunas",
                    "no doy mi consentimiento", "me niego", "ni de coña", "va a ser que no",
                    "la respuesta es no", "no nos interesa la vacuna", "homeópata", "homeopat*",
                    "naturópata", "no se vacuna*", "no se va a poner", "no se las pone*",
                    "no se la pone*", "no vacunamos", "sin vacunas", "ninguna vacuna",
                    "no creemos en las vacunas", "no creo en las vacunas", "antivacuna",
                    "anti vacunas", "retiro mi consentimiento", "retiramos el consentimiento",
                    "decidimos que no", "hemos decidido que no", "no insistan", "no insista",
                    "ni hablar", "de ninguna manera", "ni loca", "ni loco", "ni en broma",
                    "no vamos a cambiar de opinión", "defensas naturales", "inmunidad natural",
                    "no pierdan el tiempo",
                    "respeten nuestra decisión", "respeten mi decisión",
                    "retiro el consentimiento", "no van con nosotros", "lo decidimos hace",
                    "lo tenemos decidido", "ni de broma", "conejillo de indias",
                    "conejillos de indias"],
    # A no that lasts ("never"): not softened by a word for "now" (rule 4).
    "lasting": ["nunca", "jamás", "ni ahora", "ni ahora ni nunca", "ni ahora ni después",
                "ni de coña", "de ninguna manera",
                "ni de broma"],
    "identity": ["quién es", "quién eres", "quién habla"],
    "sched": ["cuándo", "qué día", "q día", "qué hora", "q hora", "hora*", "día", "mañana",
              "tarde", "semana", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "sarcasm": ["bill gates", "jajaja sí claro", "jaja sí claro", "sí claro , y"],
}


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

_MORE: dict[str, list[str]] = {
    "yes": YES_WORDS, "book": BOOK_WORDS, "sched": SCHED_WORDS, "stop": STOP_WORDS,
    "doubt": DOUBT_WORDS, "condition": CONDITION_WORDS, "refuse": REFUSE_WORDS,
    "refuse_soft": REFUSE_SOFT_WORDS,
    "identity": ["quien me escribe", "quien me manda",
                 "de donde sacaron mi numero", "de donde han sacado mi numero"],
    "wrong": ["no tengo ningun* niñ*", "no tengo ningun* hij*", "no tengo niñ*",
              "aqui no hay niñ*", "aqui no vive ningun*", "no hay ningun niño",
              "no hay ninguna niña", "se equivocaron", "se equivocan", "no es conmigo",
              "no soy responsable", "no soy el tutor", "no soy la tutora", "no soy su tutor*",
              "ningun padre ni madre", "no tengo contacto con"],
    "moved": ["nos fuimos a", "nos hemos ido", "regresamos a", "volvimos a vivir",
              "cambiamos de casa", "ahora estamos en", "ahora vivimos en", "ya no estamos en",
              "nos trasladamos", "nos hemos trasladado", "vivimos fuera"],
    "already": ["ya vacunad*", "ya se la pusieron", "lo hizo todo", "tiene todas",
                "ya las tiene todas", "ya se las pusieron", "tiene el certificado",
                "tengo el certificado"],
}
for _cue, _extra in _MORE.items():
    CUES[_cue] = list(dict.fromkeys(CUES[_cue] + _extra))

# Words the English rules must not read in a reply in this language: "ya" is "already" or
# "now", not "yeah".
NOT_ENGLISH = {"ya"}

# Second pass (issue 13): a no said with a decision the lists did not know as one ("it's
# final", "we decided", "not for my children", "not interested", "stop asking"). The decision
# words need the no beside them (" ... "): "lo hemos decidido" alone also opens a yes.
# "Soy su madre" (who is writing) is not asking the mother: only "con/a su madre" is (above).
_NO = ["no", "no no", "que no"]
CUES["refuse_soft"] += (
    [f"{no} ... {w}" for no in _NO for w in (
        "lo hemos decidido", "lo he decidido", "ya decidimos", "ya lo decidimos", "decidido",
        "es definitivo", "es final", "decisión tomada", "decisión final", "y punto", "punto final",
        "punto .", "dejen de pregunt*", "deje de pregunt*", "dejad de pregunt*",
        "no pregunten más", "no me pregunten más", "no insistan más")]
    + ["decisión tomada", "decisión final", "la decisión está tomada", "es definitivo",
       "ya dije que no", "dije que no", "dijimos que no", "he dicho que no", "hemos dicho que no",
       "ya te dije que no", "ya les dije que no", "sigue siendo no", "sigue siendo que no",
       "no para mis hij*", "no para mi hij*", "no para nuestros hij*", "no para nuestra hij*",
       "no para nuestro hij*", "no para nosotros", "no estoy interesad*", "no estamos interesad*",
       "no me interesa .", "no me interesa ,", "no nos interesa .", "no nos interesa ,",
       "no a la vacuna", "no a las vacunas", "no al booster", "no al refuerzo",
       "no a la triple vírica", "no a la mmr", "no al mmr", "ninguna dosis", "ningún refuerzo",
       "ningún booster", "nunca lo hemos vacunado", "nunca la hemos vacunado",
       "y nunca lo haremos", "ni lo haremos", "no lo haremos nunca"])
# Waiting is a condition ("we decided to wait until spring"), never a decision against.
CUES["condition"] += ["esperar", "esperaremos", "esperamos", "primavera", "otoño", "verano",
                      "invierno", "otro momento", "otra ocasión", "año que viene",
                      "próximo año"]

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
_FEASTS = ["navidad", "navidades", "semana santa", "pascua", "año nuevo", "reyes",
           "las fiestas", "las vacaciones", "vacaciones", "verano", "ramadan", "eid",
           "su cumpleaños", "el cumpleaños", "que nazca el bebe", "nacer el bebe", "el parto",
           "la mudanza", "el viaje", "carnaval"]
CUES["doubt"] += [f"{a} {f}" for a in ("despues de", "despues del", "hasta despues de",
                                       "hasta despues del", "solo despues de", "pasad*",
                                       "tras")
                  for f in _FEASTS]

# "Is that ok?" closing a question that only says how the family will come ("grandma
# will bring him, is that ok?"): a yes with a scheduling question (``tag_ok``, labels.py).
CUES["tag_ok"] = ["vale", "está bien", "estaría bien", "le parece bien", "les parece bien",
                 "te parece bien", "le parece", "les parece", "le va bien", "les va bien",
                 "te va bien", "puede ser", "se puede", "sirve", "ok", "de acuerdo",
                 "hay algún problema", "hay problema", "algún problema", "es posible",
                 "podría ser", "no hay problema"]

# December (tune gaps): not putting vaccines on one's children ("no le pongo vacunas"), not
# wanting the child to receive any ("no deseo que ... reciba"), refusing in a formal word
# ("rehusamos"), a rule of the house ("familia que no vacuna", "años sin vacunar"), the answer
# given as final ("mi respuesta es no", "ahora y siempre"), not bringing the child (softened by
# any "hoy" or "hasta que"); a yes's reassurance that the illness has passed or the first dose
# went well; "qué días tenéis libres" asked with a yes is scheduling (rule 2).
CUES["refuse"] += spelt(
    ["no le pongo vacuna*", "no les pongo vacuna*", "no le ponemos vacuna*",
     "no les ponemos vacuna*", "no ponemos vacuna*", "no pongo vacuna*",
     "rehusamos", "rehuso", "rehusamos la vacuna*", "rehuso la vacuna*"]
    + [f"{n} que ... {v}" for n in ("no deseo", "no deseamos", "no quiero", "no queremos")
       for v in ("reciba", "reciban")]
    + ["familia que no vacuna", "casa que no vacuna"])
CUES["refuse_soft"] += spelt(
    ["años sin vacunar*", "sin vacunar a ningun*", "no vamos a cambiar", "no voy a cambiar",
     "mi respuesta es no", "nuestra respuesta es no", "por conviccion",
     "no la vamos a llevar", "no lo vamos a llevar", "no los vamos a llevar",
     "no la voy a llevar", "no lo voy a llevar", "no la voy a traer", "no lo voy a traer",
     "no los voy a traer", "no la vamos a traer", "no lo vamos a traer"])
REWRITES["EVERNO"] += ["ahora y siempre", "ni ahora ni en el futuro"]
REWRITES["REASSURED"] += (
    [f"{a} {i}" for a in ("ya no tiene", "no tiene ya", "ya sin", "ya se le quito la",
                          "ya se le quito el", "se le quito la", "se le quito el",
                          "ya esta bien de la", "ya esta bien del", "ya esta bien de")
     for i in ILL]
    + ["sin ninguna reaccion", "ninguna reaccion", "la llevo muy bien", "lo llevo muy bien",
       "la llevo bien", "lo llevo bien", "le sento bien", "le sento genial",
       "no sabia que", "no sabiamos que"])
CUES["sched"] += ["que dias", "q dias", "dias libres", "teneis libre*", "tienen libre*",
                  "hay libre*"]
# Not speaking English is why an interpreter or someone else comes: logistics (rule 2); an
# apology for answering late is no "no"; "no ... lo tenemos claro" is a settled choice.
REWRITES["PREFERRED"] += ["no habl* ... ingles", "no sabe ingles", "no se ingles",
                          "no entiend* ... ingles"]
REWRITES["REASSURED"] += ["que no conteste antes", "por no contestar", "no pude contestar",
                          "que no respondi antes", "por no responder"]
REWRITES["KEEPCHOICE"] = ["no ... lo tenemos claro", "no ... lo tengo claro",
                          "no ... lo tenemos muy claro", "no ... lo tengo muy claro"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["cuantas veces", "cuantas veces mas", "otra vez", "otra vez lo mismo"]

# Issue 13, rules pass: both children brought at once or the same day: logistics, not the
# worry of many jabs at once ("¿puedo llevar a los dos a la vez?").
# A bringing verb first: "las dos a la vez" alone may be two vaccines.
_BOTH = [f"{v} {b}" for v in ("llevar a", "llevo a", "traer a", "traigo a", "ir con")
         for b in ("los dos", "las dos", "los 2", "las 2", "ambos", "ambas", "mis dos",
                   "los hermanos", "los ninos")]
REWRITES["BOOKWITH"] = [f"{b} ... {t}" for b in _BOTH
                         for t in ("a la vez", "juntos", "juntas", "el mismo dia",
                                   "al mismo tiempo", "de una vez")]
# "Can I bring him/her?": a booking ("puedo llevar los papeles" is not one).
CUES["book"] += [f"{v}{o}" for v in ("puedo llevar", "podemos llevar", "puedo traer",
                                     "podemos traer")
                 for o in ("lo", "la", "los", "las", " al nino", " a la nina", " al bebe",
                           " a los ninos")]

# Issue 13, rules pass: "we are not refusing (just afraid)": lukewarm, never a refusal.
REWRITES["NOTAGAINST"] = ["no nos negamos", "no me niego", "no rechaz*", "no lo rechaz*",
                          "no estamos rechazando", "no estoy rechazando", "no es un no",
                          "no somos antivacunas", "no estamos en contra", "no estoy en contra"]
# "Maybe" said other ways ("a lo mejor", "puede que"): doubt, never a yes.
CUES["doubt"] += ["a lo mejor", "puede que", "capaz que", "igual si", "igual no"]

# "Agree" said of the family ("we agree: no vaccines") and the words that join it to what was
# agreed: an agreement on a no is no yes (labels_matches.agreement_on_a_no_dropped).
AGREEMENT = ["de acuerdo", "concord*"]
AGREED_JOINERS = ["que"]

# Issue 13 (test split F, hazard H201): another person's appointment or another service,
# or a text meant for someone else, and the child's vaccines named beside it (the English
# "elsewhere" and "child_vax" cues; labels_decide.decide): a yes about the first is not a
# yes to the vaccines.
CUES["elsewhere"] = [
    # Another service, another person's appointment, a named doctor.
    "dentista", "citología", "oculista", "oftalmólogo", "fisio*", "análisis de sangre", "análisis",
    "receta", "baja médica", "cita para mí", "cita ... mi madre", "cita ... mi mamá",
    "cita ... mi marido", "cita ... mi esposo", "cita ... mi suegra", "cita ... mi abuel*",
    "cita ... mi padre", "está el doctor", "está la doctora", "está el médico", "está la médica",
    # Beauty, a table, a tradesman, the parent's own results: texts meant for someone else.
    "peluquer*", "uñas", "manicura", "cejas", "pestañas", "cena", "mesa para", "ecografía",
    "mis resultados", "mis análisis", "fontaner*", "plomero",
    # A yes said to a partner or a parent: a text meant for the family, not the surgery.
    "sí cariño", "si cariño", "sí mi amor", "si mi amor", "sí mamá", "si mama", "sí papá",
]
CUES["child_vax"] = ["vacun*", "inyecc*"]
# "When frogs grow hair": never, said as a mock yes (SARCASM, as in pt). Not "when pigs fly",
# which is also said of the surgery ("pensé que me contestarían cuando los cerdos vuelen. Sí,
# dame cita": a second reader's near miss, tests/scripts/refusal_near_misses.jsonl).
REWRITES["SARCASM"] = ["cuando las ranas críen pelo", "cuando las ranas crien pelo"]

# Issue 13, after test split J: "déjenlo anotado" asks that the decision be recorded, it books
# nothing.
REWRITES["REASSURED"] += ["déjenlo anotado", "dejenlo anotado", "que conste", "tomen nota"]

# Issue 13, after test split K: "not a single vaccine".
CUES["refuse"] += ["ni una vacuna", "ni una sola vacuna"]

# Issue 13, after test split L: "that my children aren't vaccinated" (not "no sé"); a parent's
# own job (a nurse, a doctor) or workplace (the hospital) is not a wish to talk to one.
CUES["refuse_soft"] += ["no se vacun*"]
REWRITES["ASIDE"] += ["soy enfermer*", "soy médic*", "soy doctor*", "soy farmacéutic*",
                      "trabajo en el hospital", "trabajo en un hospital"]

# Issue 13, the retired test splits read again (H208): "an appointment for my son" is the
# child's, not the parent's own; "the two little ones at once" is how they will come.
REWRITES["ASIDE"] += ["para mi hij*", "para mi niñ*", "para mi bebé", "para mi peque*",
                      "para mis hij*"]
REWRITES["BOOKWITH"] += [f"los dos {k} ... a la vez" for k in ("peques", "niños", "nenes",
                                                               "críos", "hijos", "chicos")]

# The "here" cue (the package docstring).
CUES["here"] = ["aquí", "aqui", "con ustedes"]

# Issue 13, after test split M (H209): "a church that does not accept vaccines"; "and then
# what, the microchip?" mocks; "I already talked it over with the doctor" is no wish to talk; "I
# realised she hadn't" and "a nurse at the hospital" are a yes's life.
CUES["refuse_soft"] += ["no acepta las vacunas", "no acepta vacunas", "no aceptamos las vacunas",
                        "no aceptamos vacunas"]
CUES["sarcasm"] += ["microchip", "el chip"]
REWRITES["ASIDE"] += ["y después qué", "me di cuenta de que no", "enfermera en el hospital",
                      "enfermero en el hospital"]
REWRITES["REASSURED"] += ["ya lo hablé con", "ya lo hablamos con"]

# "Don't worry, we'll come this time": a reassurance to the surgery, not a worry (H209).
REWRITES["REASSURED"] += ["no se preocupen", "no se preocupe", "no te preocupes"]
REWRITES["ASIDE"] += ["en el hospital con el bebé", "en el hospital con la bebé"]

# Issue 13, after test split O (H210): "tampoco se las vamos a poner", "no le pongo nada",
# healing with a grandmother's ancestral medicine.
CUES["refuse_soft"] += ["tampoco se las vamos a poner", "tampoco se la vamos a poner",
                        "tampoco se lo vamos a poner", "tampoco se los vamos a poner",
                        "no le pongo nada", "no le vamos a poner nada",
                        "no le pongo a mi hij* nada",
                        "no vamos a empezar a vacunar*",
                        "medicina ancestral"]
REWRITES["PASTEVENT"] += ["después de la pandemia", "desde la pandemia", "despues de la pandemia"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked.
CUES["wrong"] += ["no es de ninguno de los niños"]
CUES["wrong_weak"] = ["no soy su mamá", "no soy su papá", "no su mamá"]
CUES["moved"] += ["nos realojó", "nos realojaron"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["enfermer*", "mi marido", "médico", "doctor*"]
CUES["doubt"] = [p for p in CUES["doubt"] if p not in PERSON]
CUES["person"] = PERSON
# A new doctor where the family lives now is a move, not a jab had (H210).
CUES["moved"] += ["tenemos médico aquí", "ya tenemos médico", "en otra ciudad"]
# Beside a yes, the parent's own appointment or a relative's is another service.
CUES["elsewhere"] += ["mi cita con", "mi cita del", "mi propia cita"]

# Thanks that may follow a closing no (labels._closing_no); a word that closes a mock yes as a no.
THANKS = ["gracias"]
CLOSING_NO = ["paso"]
