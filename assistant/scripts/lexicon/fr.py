"""French word lists for the reply labeller (see the package)."""

from __future__ import annotations

CUES: dict[str, list[str]] = {
    "yes": ["oui", "d'accord", "bien sûr", "volontiers", "pas de problème", "avec plaisir",
            "très bien"],
    "book": ["rendez-vous", "rdv", "réserver", "quand pouvons-nous"],
    "already": ["déjà vacciné*", "déjà fait", "déjà eu", "déjà reçu", "a été vacciné*",
                "il l'a eu", "elle l'a eu", "est vacciné*"],
    "moved": ["déménagé*", "déménagés", "habitons maintenant", "nous sommes partis",
              "autre médecin", "rentrés au", "rentrés en"],
    "wrong": ["mauvais numéro", "erreur de numéro", "pas d'enfant*", "je ne connais pas"],
    "refuse": ["ne voulons pas", "ne veux pas", "ne souhaite pas", "ne souhaitons pas",
               "refuse*", "refusons", "pas de vaccin*", "contre les vaccins",
               "nous ne vaccinons pas"],
    "stop": ["arrêtez", "ne plus envoyer", "ne plus écrire", "désabonner", "désinscrire",
             "ne m'envoyez plus", "n'envoyez plus"],
    "doubt": ["pas sûr*", "je ne sais pas", "peur", "inquiet*", "effets secondaires",
              "sans danger", "dangereux", "questions", "question", "parler à",
              "parler avec", "infirmière", "médecin", "plus tard", "peut-être", "malade",
              "fièvre", "allergi*"],
    "condition": ["maintenant", "plus tard", "pas encore", "malade"],
    "negative": ["non"],
    "identity": ["qui est-ce", "qui êtes-vous", "c'est qui"],
    "sched": ["quand", "heure*", "jour", "matin", "après-midi", "semaine", "lundi", "mardi",
              "mercredi", "jeudi", "vendredi", "samedi"],
}
