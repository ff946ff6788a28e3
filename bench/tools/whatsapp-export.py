#!/usr/bin/env python3
"""Writes a generated WhatsApp chat export (the zip of Android's "Export chat", day-first dates) for
the benchmarks that import one (bench/chat-import, bench/cold-start).

    bench/tools/whatsapp-export.py OUT.zip MESSAGES MEDIA MEDIA_KIB

MESSAGES lines from 45 senders, one a minute from 12/03/2023 08:00, French words; MEDIA of them
(spread evenly) announce a photo "IMG-<date>-WA<n>.jpg (file attached)" whose entry holds MEDIA_KIB
KiB of random bytes (stored). The chat text is deflated. The text is the same for the same
arguments (seeded); the media bytes are random, so no two runs share a blob.
"""
import datetime
import os
import random
import sys
import zipfile

SENDERS = ["Awa Traoré", "Moussa Diallo", "+223 70 12 34 56", "Fatoumata", "Ibrahim Coulibaly"] + [
    f"Membre {i}" for i in range(40)
]
WORDS = (
    "la route de Boni est fermée depuis ce matin soldats au poste personne ne peut passer "
    "marché brûlé familles déplacées"
).split()
CHAT_NAME = "WhatsApp Chat with Boni Entraide.txt"
STAMP = (2023, 6, 1, 0, 0, 0)


def write_export(path, messages, media, kib):
    rnd = random.Random(6)
    every = max(1, messages // media) if media else 0
    start = datetime.datetime(2023, 3, 12, 8, 0)
    lines, names = [], []
    for i in range(messages):
        t = start + datetime.timedelta(minutes=i)
        head = t.strftime("%d/%m/%Y, %H:%M") + " - " + SENDERS[rnd.randrange(len(SENDERS))] + ": "
        if every and i % every == 0 and len(names) < media:
            name = "IMG-%s-WA%04d.jpg" % (t.strftime("%Y%m%d"), len(names))
            names.append(name)
            lines.append(head + name + " (file attached)\n" + " ".join(rnd.choice(WORDS) for _ in range(6)) + "\n")
        else:
            lines.append(head + " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(3, 25))) + "\n")
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo(CHAT_NAME, date_time=STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, "".join(lines).encode("utf-8"))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED
            z.writestr(info, os.urandom(kib * 1024))
    return len(names)


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: whatsapp-export.py OUT.zip MESSAGES MEDIA MEDIA_KIB")
    path, messages, media, kib = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    written = write_export(path, messages, media, kib)
    print(f"{messages} messages, {written} media of {kib} KiB -> {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
