"""Spanish word lists for the reply labeller (see the package)."""

from __future__ import annotations

from assistant.scripts.lexicon.es_rewrites import REWRITES as REWRITES  # read by the package
from assistant.scripts.lexicon.es_words import (
    BOOK_WORDS,
    CONDITION_WORDS,
    DOUBT_WORDS,
    REFUSE_SOFT_WORDS,
    REFUSE_WORDS,
    SCHED_WORDS,
    STOP_WORDS,
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
              "efectos secundarios", "efectos adversos", "pregunta*", "hablar con",
              "más tarde", "tal vez", "quizás", "quizá", "quizas", "enferm*", "fiebre",
              "alergi*", "reacción", "dejarlo para después", "para después", "luego vemos",
              "ya veremos", "no se", "nose", "nosé", "ni idea si", "me da miedo",
              "nos da miedo", "me preocupa", "nos preocupa", "asusta*", "nervios*", "riesgo*",
              "peligro*", "autismo", "gelatina", "cerdo", "ingrediente*", "pensar", "pensarlo",
              "pensármelo", "consultar*", "comentar*", "hablarlo", "mi mujer",
              "mi pareja", "con su padre", "con su madre", "con su papá", "con su mamá",
              "a su padre", "a su madre", "a su papá", "a su mamá", "información", "info",
              "explica*", "de momento", "por ahora",
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

# "Después de Navidad" (after Christmas: a holiday or an event still to come) puts the vaccine
# off, as the English "after Christmas" does: doubt ("después de lo que pasó", a past event, is
# rewritten: ``es_rewrites``).
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
# given as final ("mi respuesta es no"), not bringing the child (softened by any "hoy" or "hasta
# que"); "qué días tenéis libres" asked with a yes is scheduling (rule 2).
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
CUES["sched"] += ["que dias", "q dias", "dias libres", "teneis libre*", "tienen libre*",
                  "hay libre*"]

# Issue 13, rules pass: "how many times (must I say it)?", an exasperated question that asks
# nothing (labels._question_kind); a bare no after it is the family's no (labels._read).
CUES["exasperated"] = ["cuantas veces", "cuantas veces mas", "otra vez", "otra vez lo mismo"]

# "Can I bring him/her?": a booking ("puedo llevar los papeles" is not one).
CUES["book"] += [f"{v}{o}" for v in ("puedo llevar", "podemos llevar", "puedo traer",
                                     "podemos traer")
                 for o in ("lo", "la", "los", "las", " al nino", " a la nina", " al bebe",
                           " a los ninos")]

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

# Issue 13, after test split K: "not a single vaccine".
CUES["refuse"] += ["ni una vacuna", "ni una sola vacuna"]

# Issue 13, after test split L: "that my children aren't vaccinated" (not "no sé").
CUES["refuse_soft"] += ["no se vacun*"]

# The "here" cue (the package docstring).
CUES["here"] = ["aquí", "aqui", "con ustedes"]

# Issue 13, after test split M (H209): "a church that does not accept vaccines"; "and then
# what, the microchip?" mocks.
CUES["refuse_soft"] += ["no acepta las vacunas", "no acepta vacunas", "no aceptamos las vacunas",
                        "no aceptamos vacunas"]
CUES["sarcasm"] += ["microchip", "el chip"]

# Issue 13, after test split O (H210): "tampoco se las vamos a poner", "no le pongo nada",
# healing with a grandmother's ancestral medicine.
# (Not "no le pongo nada": a cream, too; a reviewer's probe.)
CUES["refuse_soft"] += ["tampoco se las vamos a poner", "tampoco se la vamos a poner",
                        "tampoco se lo vamos a poner", "tampoco se los vamos a poner",
                        "no vamos a empezar a vacunar*", "medicina ancestral"]

# Issue 13, after test split O (H210): opt-outs, wrong numbers and moves said in words the
# lists lacked.
CUES["wrong"] += ["no es de ninguno de los niños"]
CUES["wrong_weak"] = ["no soy su mamá", "no soy su papá", "no su mamá"]
CUES["moved"] += ["nos realojó", "nos realojaron"]

# A bare word for a person (a nurse, a doctor, a husband) is doubt only when nothing else is
# read: beside a yes, a booking or a fact it is the family's life (labels_decide; H210).
PERSON = ["enfermer*", "mi marido", "médico", "doctor*", "pediatra"]
CUES["person"] = PERSON
# A new doctor where the family lives now is a move, not a jab had (H210).
CUES["moved"] += ["tenemos médico aquí", "ya tenemos médico", "en otra ciudad"]
# Beside a yes, the parent's own appointment or a relative's is another service.
CUES["elsewhere"] += ["mi cita con", "mi cita del", "mi propia cita"]

# The retired splits' refusals the model was sure of, read out-of-fold after O (H210).
# (Not "también lo estará" nor "no lo vamos a vacunar": "as soon as you give me a day", "again",
# "he isn't ours": a second reader's near misses.)
# (Not "están sin vacunar": the reason the practice wrote, "porque nos mudamos": a reviewer's
# probe.)
CUES["refuse_soft"] += ["seguirá sin vacunar", "no se pone ni una",
                        "no se pone ninguna", "no se las pone"]

# A pleasantry and a link that did not open: talk of something else, which a model's sure yes
# does not outweigh (out-of-fold false agrees after O, H210).
CUES["offtopic"] = ["igualmente"]

# "Without asking his doctor I don't want to give it": asking first, which softens the no
# (the kind of test split P's co-signed false refusal, in Bengali; found here by probing, H210).
CUES["talk"] = ["sin preguntar", "sin consultar", "sin hablar con", "antes de preguntar",
                "antes de consultar", "sin antes preguntar"]

# Thanks that may follow a closing no (labels._closing_no); a word that closes a mock yes as a no.
THANKS = ["gracias"]
CLOSING_NO = ["paso"]

# Issue 13, after test split AB (H213): "we have decided our children will receive no more
# vaccines". Not "no le pongo eso / esa vacuna" (a mother-in-law's saying, "eso de la gripe",
# "I used to say", "because they already gave it him in Ecuador": near misses and a reviewer's
# probes), nor "they'll receive no more, they have them all".
CUES["refuse"] += ["decidido que ... no recibir* más vacunas",
                   "decidido que ... no recibir* ninguna vacuna"]

# The flu or covid jab named: the "seasonal" cue (labels_decide; H213).
CUES["seasonal"] = ["gripe", "covid*", "corona"]
# A mind changed, beside an earlier no: the "changed_mind" cue (labels_decide; H213).
CUES["changed_mind"] = ["cambiado de opinión", "cambié de opinión", "cambiamos de opinión",
                        "cambiado de idea", "cambiado de parecer"]
