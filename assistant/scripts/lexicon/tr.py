"""Turkish word lists for the reply labeller (see the package)."""

from __future__ import annotations

CUES: dict[str, list[str]] = {
    "yes": ["evet", "tamam", "olur", "tabii", "tabi", "elbette", "kabul"],
    "book": ["randevu*", "ne zaman gelebiliriz"],
    "already": ["zaten aşı*", "zaten oldu", "zaten yaptırdık", "aşılandı", "aşısını oldu",
                "aşı yaptırdık", "aşısı yapıldı"],
    "moved": ["taşındık", "taşındı", "başka şehir*", "başka doktor"],
    "wrong": ["yanlış numara", "yanlış kişi", "çocuğum yok"],
    "refuse": ["istemiyoruz", "istemiyorum", "yaptırmayacağız", "reddediyoruz",
               "reddediyorum", "kabul etmiyoruz", "karşıyız"],
    "stop": ["mesaj göndermeyin", "mesaj atmayın", "aramayın", "durdurun",
             "listeden çıkarın"],
    "doubt": ["emin değilim", "korkuyorum", "endişe*", "güvenli mi", "güvenli", "yan etki*",
              "soru*", "konuşmak", "konuşabilir*", "doktor*", "hemşire*", "sonra", "belki",
              "hasta", "ateş", "alerji*"],
    "condition": ["şimdi", "sonra", "henüz", "hasta"],
    "negative": ["hayır", "yok"],
    "identity": ["kimsiniz", "kim bu"],
    "sched": ["ne zaman", "saat", "gün", "sabah", "öğleden sonra", "hafta", "pazartesi",
              "salı", "çarşamba", "perşembe", "cuma", "cumartesi"],
}
