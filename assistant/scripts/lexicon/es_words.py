"""Spanish general vocabulary for the reply labeller (``es``): each kind of word as a speaker
would list it, in every person and tense, with common misspellings (issue 13)."""

from __future__ import annotations

# Issue 13 (December): the lists above were literal; what follows is the general vocabulary
# a speaker would list, in every person and tense, with and without accents (the reply and
# the phrases are both folded), with "b" for "v" ("bacuna") and "k" for "qu" ("kiero").

def spelt(phrases: list[str]) -> list[str]:
    """Phrases plus their common misspellings: "bacun-" for "vacun-", "kier-" for "quier-"."""
    out = list(phrases)
    for right, wrong in (("vacun", "bacun"), ("quier", "kier"), ("quer", "ker")):
        out += [p.replace(right, wrong) for p in out if right in p]
    return list(dict.fromkeys(out))


NO_WANT = ["no quiero", "no queremos", "no queria", "no queriamos",
            "no deseo", "no deseamos", "no vamos a querer", "ya no quiero", "ya no queremos",
            "no quisiera", "no quisieramos"]
# What is not wanted: the vaccine or the act, never "no quiero" alone (it may be the texts).
THE_JAB = ["la vacuna*", "las vacunas", "vacuna*", "ninguna vacuna", "ni una vacuna",
            "vacunar*", "que la vacunen", "que lo vacunen", "que le vacunen", "que los vacunen",
            "que las vacunen", "que se vacune", "que se vacunen", "que me la vacunen",
            "que me lo vacunen", "que vacunen a*", "ponerle*", "ponersela*", "ponerselas",
            "que le pongan", "que se la pongan", "que se las pongan", "que le pongan nada",
            "recibir la vacuna", "recibir vacunas", "que reciba la vacuna",
            "que le den la vacuna", "el pinchazo", "pinchazos", "ese pinchazo", "la triple virica",
            "el booster",
            "la mmr", "la triple", "la hexavalente"]
WE_WONT = ["no vamos a", "no voy a", "no va a", "no van a", "no pensamos", "no pienso",
            "no vamos a dejar que", "no voy a dejar que", "no dejaremos que", "no dejare que"]
WONT_WHAT = ["vacunar*", "vacunarla", "vacunarlo", "vacunarlos", "vacunarlas", "ponerle*",
              "ponersela*", "la vacuna", "las vacunas", "la vacunen", "lo vacunen",
              "le pongan", "se la pongan", "se vacune"]

REFUSE_WORDS = spelt(
    [f"{n} {w}" for n in NO_WANT for w in THE_JAB]
    + [f"{n} {w}" for n in WE_WONT for w in WONT_WHAT]
    + ["no la vamos a vacunar", "no lo vamos a vacunar", "no los vamos a vacunar",
       "no las vamos a vacunar", "no la voy a vacunar", "no lo voy a vacunar",
       "no los voy a vacunar", "no vacunaremos", "no vacunare", "no la vacunaremos",
       "no lo vacunaremos", "no los vacunaremos", "no vacunamos", "no vacuno",
       "no la vacunamos", "no lo vacunamos", "no los vacunamos", "no las vacunamos",
       "nunca vacunamos", "nunca hemos vacunado", "nunca los hemos vacunado",
       "nunca la hemos vacunado", "nunca lo hemos vacunado", "no damos permiso",
       "no doy permiso", "no autorizamos", "no consiento", "no consentimos",
       "no damos la autorizacion", "no doy la autorizacion", "no doy autorizacion",
       "no damos autorizacion", "retiro mi consentimiento", "retiramos nuestro consentimiento",
       "retiramos el consentimiento", "retiro el permiso", "retiramos el permiso",
       "retiro la autorizacion", "retiramos la autorizacion", "revocamos",
       "anulo mi consentimiento", "somos antivacunas", "soy antivacunas",
       "somos anti vacunas", "estamos en contra de las vacunas",
       "estoy en contra de las vacunas", "en contra de vacunar*", "no creemos en las vacunas",
       "no creemos en vacunas", "no creo en vacunas", "no se vacunan", "en casa no nos vacunamos",
       "nadie se vacuna",
       "no vacunamos a",
       "tenemos decidido no vacunar*", "lo tenemos claro , no", "nuestra decision es no",
       "mi decision es no"])

YES_WORDS = ["si", "sip", "sep", "sii", "see", "obvio", "obvio que si", "pues si", "ps si",
             "claro q si", "claro que si", "d acuerdo", "dacuerdo", "ta bien", "ta bueno",
             "orale", "por fa si", "si x fa", "si xfa",
             "si porfavor", "si por favor", "si gracias", "si , gracias", "muchas gracias si",
             "quiero que se la pongan", "queremos que se la pongan", "quiero vacunarl*",
             "queremos vacunarl*", "quiero ponerle*", "queremos ponerle*", "con gusto", "encantad*",
             "de acuerdo", "conforme", "correcto",
             "autorizo", "autorizamos", "doy permiso", "damos permiso", "doy mi consentimiento",
             "damos nuestro consentimiento", "consiento", "consentimos", "si se la pueden poner",
             "que se la pongan", "que le pongan la", "adelante con", "perfecto gracias",
             "vale gracias", "ok gracias", "okis", "okas", "okay"]

BOOK_WORDS = ["apunt*", "anot*", "reserv*", "agend*", "program*", "pid* cita", "pid* una cita",
              "dame cita", "denme cita", "den cita", "danos cita", "una cita", "la cita",
              "cita para", "me pueden dar", "nos pueden dar", "me dan", "nos dan", "me dais",
              "cuando puedo llevarl*", "puedo llevarl*", "podemos llevarl*", "la llevo",
              "lo llevo", "los llevo", "las llevo", "la llevamos", "lo llevamos",
              "los llevamos", "la lleva", "lo lleva", "los lleva", "la llevara", "lo llevara",
              "la va a llevar", "lo va a llevar", "la traigo", "lo traigo", "los traigo",
              "la traemos", "lo traemos", "vamos a ir", "iremos", "ire", "ahi estaremos",
              "alli estaremos", "ahi estare", "alli estare", "nos vemos el", "voy el",
              "vamos el", "podemos ir el", "puedo ir el", "hueco*", "un turno", "turno para"]

SCHED_WORDS = ["donde", "direccion", "ubicacion", "que centro", "cual centro", "que surgery",
               "cual surgery", "en que surgery", "que clinica", "cual clinica", "consultorio",
               "centro de salud", "interprete", "traductor*", "traduccion", "en espanol",
               "habl* espanol", "habl* castellano",
               "abuel*", "su tia", "su tio", "mi hermana", "mi madre", "mi suegra",
               "aparcamiento", "parking", "cuanto dura", "cuanto tarda", "cuanto tiempo",
               "a que hora", "horario*", "fecha*", "cole", "colegio", "guarderia", "domingo",
               "fin de semana", "finde", "proxima semana", "semana que viene", "temprano",
               "mediodia", "disponib*", "los dos", "las dos", "hermanit*", "herman*",
               "juntos", "el mismo dia", "misma cita", "llevar*", "traer*", "acompan*",
               "puede ser", "me vale", "les vale", "os vale", "mejor el", "mejor por",
               "cambiar la cita", "cambiar el dia", "la hora", "el dia", "que dia", "que hora",
               "despues del trabajo", "despues de trabajar"]

STOP_WORDS = ["quiten mi numero", "quitad mi numero", "borren mi numero", "saquenme",
              "sacadme", "dejen de escribir*", "dejen de mandar*", "dejen de enviar*",
              "dejen de llamar*", "dejad de", "deje de", "no mas mensajes", "no mas sms",
              "no mas llamadas", "basta de sms", "basta ya de", "ya basta", "desactiv*",
              "dar de baja", "darme de baja", "darnos de baja", "de baja", "no quiero recibir",
              "no queremos recibir", "no quiero mensajes", "no quiero mas mensajes",
              "no quiero recordatorios", "no me manden mas", "no me escriban mas",
              "no me llamen mas", "spamear", "stop mensajes", "stop porfa", "stpo",
              "no deseo ser contactad*", "no deseo recibir"]

DOUBT_WORDS = ["verdad que", "es verdad", "demasiad*", "mucho para",
               "seguras", "seguros", "segura para", "seguro para", "efecto*", "secuela*",
               "daño", "dano", "toxic*", "quimic*", "aluminio", "mercurio", "metales",
               "cerdo", "halal", "vegano*", "vegetarian*", "ingredient*", "componente*",
               "lo pienso", "lo pensamos", "pensarlo", "me lo pienso", "ya te digo",
               "ya les digo", "ya le digo", "les aviso", "le aviso", "os aviso", "te aviso",
               "lo hablo", "lo hablamos", "lo consulto", "lo consultamos", "no se si", "no sabemos",
               "dudas", "duda", "inseguridad", "desconfi*", "no me fio", "no nos fiamos",
               "no me convence", "no nos convence",
               "hable con", "hablar antes", "hablar primero", "llamenme para hablar",
               "esperar", "esperamos", "esperare", "mas mayor", "cuando sea mayor",
               "cuando crezca", "el año que viene", "otro momento"]

CONDITION_WORDS = ["antes de", "primero", "hasta", "sin antes", "hasta que", "hasta hablar",
                   "antes de hablar", "sin hablar", "hable con", "hablar con", "esperar",
                   "mientras tanto", "otro momento", "cuando se mejore", "cuando este bien",
                   "cuando se recupere", "mas mayor", "cuando sea mayor", "el año que viene",
                   "ahora mismo", "esta vez", "hoy", "estos dias"]

REFUSE_SOFT_WORDS = ["nada de vacunas", "ninguna vacuna mas", "vacunas no", "vacunas , no",
                     "no a las vacunas", "paso de vacunas", "paso de la vacuna",
                     "pasamos de vacunas", "pasamos de la vacuna", "no me interesa la vacuna",
                     "no nos interesa", "no estamos interesad*", "no estoy interesad*",
                     "he dicho que no", "ya dije que no", "ya les dije que no",
                     "ya os dije que no", "te he dicho que no", "no y no", "no no y no",
                     "no , no y no", "decision tomada",
                     "es nuestra decision", "es mi decision",
                     "defensas son naturales", "defensas naturales", "inmunidad natural",
                     "me niego rotundamente", "rotundamente no", "medicina natural",
                     "naturista", "no queremos saber nada", "no quiero saber nada"]

ILL = ["fiebre", "fiebr*", "mocos", "tos", "resfriad*", "constipad*", "malit*", "enferm*",
        "gripe", "catarro", "virus", "vomitos", "diarrea", "otitis", "malo", "mala",
        "infeccion", "antibiotico*"]
WELL_AGAIN = ["ya esta bien", "ya se le paso", "ya se le ha pasado", "ya paso", "ya esta mejor",
               "ya esta recuperad*", "ya esta como nuevo", "ya esta como nueva", "ya se recupero",
               "ya se ha recuperado", "ahora esta bien", "esta bien ahora", "ya no tiene nada",
               "ya esta perfect*", "ya esta sano", "ya esta sana", "ya se curo", "ya se ha curado"]
NEVER_HAD = ["nunca ha tenido", "nunca tuvo", "nunca le ha dado", "nunca le dio",
              "nunca le dieron", "nunca le han dado", "nunca hemos tenido", "nunca tuvimos",
              "jamas ha tenido", "no ha tenido nunca", "no ha tenido", "no tuvo", "sin ningun",
              "ningun", "nunca ningun"]
DAYS = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado*", "domingo*", "finde*",
         "fin de semana", "fines de semana"]
PARTS = ["mañana*", "manana*", "tarde*", "noche*", "mediodia"]
NOT_THEN = (["no el", "no los", "no las", "menos el", "menos los", "excepto el", "excepto los",
              "salvo el", "salvo los", "no puedo el", "no puedo los", "no podemos el",
              "no podemos los", "no me va bien el", "no me viene bien el", "no nos va bien el",
              "no nos viene bien el", "que no sea el", "que no sea", "mejor no el",
              "solo que no sea", "no este", "no esta"],
             ["no por la", "no por las", "no puedo por la", "no puedo por las",
              "no podemos por la", "no podemos por las", "que no sea por la",
              "que no sea por las", "mejor no por la", "menos por la", "menos por las",
              "no me va bien por la", "no me viene bien por la", "no en la", "no a la"])
