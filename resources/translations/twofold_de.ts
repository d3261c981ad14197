<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Args</name>
    <message>
        <source>Unknown option --%1 for &apos;%2&apos;.</source>
        <translation>Unbekannte Option --%1 für „%2“.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument.</source>
        <translation>Bei „%1“ fehlt ein Argument.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>Unerwartetes Argument „%1“ für „%2“.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet in %1; the window makes one each day it is unlocked.</source>
        <translation>Noch keine Sicherungen in %1; das Fenster legt an jedem Tag, an dem es entsperrt wird, eine an.</translation>
    </message>
    <message>
        <source>unreadable (damaged or cut short)</source>
        <translation>nicht lesbar (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>Restored the journal from %1 (%2). The journal as it was just before is kept in %3.</source>
        <translation>Das Tagebuch wurde aus %1 (%2) wiederhergestellt. Der Stand von kurz davor liegt in %3.</translation>
    </message>
    <message>
        <source>The automatic rolling backups, newest first: date, kind, entries, size, file.</source>
        <translation>Die automatischen Sicherungen, neueste zuerst: Datum, Art, Einträge, Größe, Datei.</translation>
    </message>
    <message>
        <source>Replace the journal&apos;s content with a backup&apos;s, after backing up the current state first.</source>
        <translation>Den Inhalt des Tagebuchs durch den einer Sicherung ersetzen, nachdem der jetzige Stand gesichert wurde.</translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message>
        <source>Keep between 1 and %1 daily backups.</source>
        <translation>Behalte zwischen 1 und %1 tägliche Sicherungen.</translation>
    </message>
    <message>
        <source>Keep between 0 and %1 weekly backups.</source>
        <translation>Behalte zwischen 0 und %1 wöchentliche Sicherungen.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /home/you/Backups.</source>
        <translation>Der Sicherungsordner muss ein vollständiger Pfad sein, etwa /home/du/Sicherungen.</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message>
        <source>%1 · imported by %2</source>
        <translation>%1 · importiert von %2</translation>
    </message>
    <message>
        <source>%1 (not verified as theirs)</source>
        <translation>%1 (nicht als eigener bestätigt)</translation>
    </message>
</context>
<context>
    <name>CheckInCodec</name>
    <message>
        <source>The check-in of %1 holds damaged %2.</source>
        <translation>Der Check-in vom %1 enthält beschädigte Daten (%2).</translation>
    </message>
    <message>
        <source>A part of the check-in of %1 has an unknown author.</source>
        <translation>Ein Teil des Check-ins vom %1 hat einen unbekannten Autor.</translation>
    </message>
</context>
<context>
    <name>CheckInCommands</name>
    <message>
        <source>--week takes an ISO week as YYYY-Www (e.g. 2026-W48), not &apos;%1&apos;.</source>
        <translation>--week erwartet eine ISO-Woche als YYYY-Www (z. B. 2026-W48), nicht „%1“.</translation>
    </message>
    <message>
        <source>--rating takes KEY=NUMBER (e.g. happiness=7), not &apos;%1&apos;.</source>
        <translation>--rating erwartet KEY=ZAHL (z. B. happiness=7), nicht „%1“.</translation>
    </message>
    <message>
        <source>The rating %1 is given more than once.</source>
        <translation>Die Bewertung %1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--field takes KEY=TEXT (e.g. &quot;went_well=the walk&quot;), not &apos;%1&apos;.</source>
        <translation>--field erwartet KEY=TEXT (z. B. &quot;went_well=der Spaziergang&quot;), nicht „%1“.</translation>
    </message>
    <message>
        <source>The field %1 is given more than once.</source>
        <translation>Das Feld %1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>Give at least one --rating KEY=0..10 or --field KEY=TEXT.</source>
        <translation>Gib mindestens ein --rating KEY=0..10 oder --field KEY=TEXT an.</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Check-in %1</source>
        <translation>Check-in %1</translation>
    </message>
    <message>
        <source>Agreed in %1: %2</source>
        <translation>Vereinbart in %1: %2</translation>
    </message>
    <message>
        <source>%1 has answered; shown once both of you have.</source>
        <translation>%1 hat geantwortet; zu sehen, sobald ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>%1 hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1 — answered %2</source>
        <translation>%1 — geantwortet %2</translation>
    </message>
    <message>
        <source>%1 — not submitted</source>
        <translation>%1 — nicht abgegeben</translation>
    </message>
    <message>
        <source>Agreements (%1): %2</source>
        <translation>Vereinbarungen (%1): %2</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Noch keine Vereinbarungen.</translation>
    </message>
    <message>
        <source>Give the agreements with --text or --file, not both.</source>
        <translation>Gib die Vereinbarungen mit --text oder --file an, nicht mit beidem.</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <source>both answered</source>
        <translation>beide geantwortet</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht geantwortet</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>geantwortet: %1</translation>
    </message>
    <message>
        <source>%1  %2  agreed: %3</source>
        <translation>%1  %2  vereinbart: %3</translation>
    </message>
    <message>
        <source>Open (or show) the weekly check-in, this week by default.</source>
        <translation>Den wöchentlichen Check-in öffnen (oder zeigen), standardmäßig für diese Woche.</translation>
    </message>
    <message>
        <source>Your part of the check-in; answering again replaces it. Ratings: happiness, connection, heard, affection, intimacy, stress, fairness. Fields: appreciations, went_well, issue, ask.</source>
        <translation>Dein Teil des Check-ins; eine neue Antwort ersetzt ihn. Bewertungen: happiness, connection, heard, affection, intimacy, stress, fairness. Felder: appreciations, went_well, issue, ask.</translation>
    </message>
    <message>
        <source>The couple&apos;s agreements for the week, shown again next time.</source>
        <translation>Eure Vereinbarungen für die Woche, beim nächsten Mal wieder gezeigt.</translation>
    </message>
    <message>
        <source>One check-in; your partner&apos;s part shows once you both have answered.</source>
        <translation>Ein Check-in; der Teil deines Partners ist zu sehen, sobald ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <source>Every check-in, newest first.</source>
        <translation>Alle Check-ins, neueste zuerst.</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>CheckInGuide</name>
    <message>
        <source>Happiness together</source>
        <translation>Glück miteinander</translation>
    </message>
    <message>
        <source>How happy have you felt in our relationship this week?</source>
        <translation>Wie glücklich hast du dich diese Woche in unserer Beziehung gefühlt?</translation>
    </message>
    <message>
        <source>A hard or unhappy week between us; something needs attention.</source>
        <translation>Eine schwere oder unglückliche Woche zwischen uns; etwas braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Mixed: some good moments, some strain.</source>
        <translation>Gemischt: einige gute Momente, etwas Anspannung.</translation>
    </message>
    <message>
        <source>Mostly content and glad to be together.</source>
        <translation>Meist zufrieden und froh, zusammen zu sein.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbundenheit</translation>
    </message>
    <message>
        <source>How close and connected did you feel to your partner this week?</source>
        <translation>Wie nah und verbunden hast du dich deinem Partner diese Woche gefühlt?</translation>
    </message>
    <message>
        <source>Distant, like we were passing each other by.</source>
        <translation>Fern, als würden wir aneinander vorbeileben.</translation>
    </message>
    <message>
        <source>Connected at times, but often busy or apart.</source>
        <translation>Zeitweise verbunden, aber oft beschäftigt oder getrennt.</translation>
    </message>
    <message>
        <source>Close, like a team who turned towards each other.</source>
        <translation>Nah, wie ein Team, das sich einander zugewandt hat.</translation>
    </message>
    <message>
        <source>Feeling heard</source>
        <translation>Gehört werden</translation>
    </message>
    <message>
        <source>How heard and understood did you feel when you talked with your partner?</source>
        <translation>Wie gehört und verstanden hast du dich gefühlt, wenn du mit deinem Partner gesprochen hast?</translation>
    </message>
    <message>
        <source>Often unheard, brushed off or misunderstood.</source>
        <translation>Oft ungehört, abgewimmelt oder missverstanden.</translation>
    </message>
    <message>
        <source>Heard on some things, less so on others.</source>
        <translation>Bei manchem gehört, bei anderem weniger.</translation>
    </message>
    <message>
        <source>Listened to and understood, even when we disagreed.</source>
        <translation>Angehört und verstanden, auch wenn wir anderer Meinung waren.</translation>
    </message>
    <message>
        <source>Affection</source>
        <translation>Zuneigung</translation>
    </message>
    <message>
        <source>How content are you with the everyday affection between us: touch, warmth, small gestures?</source>
        <translation>Wie zufrieden bist du mit der alltäglichen Zuneigung zwischen uns: Berührung, Wärme, kleine Gesten?</translation>
    </message>
    <message>
        <source>Missing warmth; you&apos;d like more care or closeness.</source>
        <translation>Es fehlt an Wärme; du wünschst dir mehr Fürsorge oder Nähe.</translation>
    </message>
    <message>
        <source>Some affection, with room for a little more.</source>
        <translation>Etwas Zuneigung, mit Luft nach oben.</translation>
    </message>
    <message>
        <source>Warm and affectionate; you felt cared for.</source>
        <translation>Warm und liebevoll; du hast dich umsorgt gefühlt.</translation>
    </message>
    <message>
        <source>Physical intimacy</source>
        <translation>Körperliche Nähe</translation>
    </message>
    <message>
        <source>How content do you feel with our physical and sexual closeness lately, whatever it looked like?</source>
        <translation>Wie zufrieden bist du in letzter Zeit mit unserer körperlichen und sexuellen Nähe, wie auch immer sie aussah?</translation>
    </message>
    <message>
        <source>Feeling distant, unsure or unsatisfied; worth a gentle talk.</source>
        <translation>Fern, unsicher oder unzufrieden; ein behutsames Gespräch wert.</translation>
    </message>
    <message>
        <source>Okay, with a few wishes or open questions.</source>
        <translation>In Ordnung, mit ein paar Wünschen oder offenen Fragen.</translation>
    </message>
    <message>
        <source>Close, wanted and at ease with each other.</source>
        <translation>Nah, begehrt und entspannt miteinander.</translation>
    </message>
    <message>
        <source>Outside stress</source>
        <translation>Stress von außen</translation>
    </message>
    <message>
        <source>How much stress from outside our relationship (work, money, family, health) did you carry this week?</source>
        <translation>Wie viel Stress von außerhalb unserer Beziehung (Arbeit, Geld, Familie, Gesundheit) hast du diese Woche getragen?</translation>
    </message>
    <message>
        <source>A calm week with little outside pressure.</source>
        <translation>Eine ruhige Woche mit wenig Druck von außen.</translation>
    </message>
    <message>
        <source>Some pressure, but manageable.</source>
        <translation>Etwas Druck, aber machbar.</translation>
    </message>
    <message>
        <source>A heavy week; you may need extra support, patience or space.</source>
        <translation>Eine schwere Woche; vielleicht brauchst du mehr Unterstützung, Geduld oder Raum.</translation>
    </message>
    <message>
        <source>Fairness of the load</source>
        <translation>Faire Verteilung</translation>
    </message>
    <message>
        <source>How fair did the shared load feel this week: chores, care, planning and remembering?</source>
        <translation>Wie fair fühlte sich die gemeinsame Last diese Woche an: Haushalt, Fürsorge, Planen und An-alles-Denken?</translation>
    </message>
    <message>
        <source>Lopsided; one of us carried far more than felt fair.</source>
        <translation>Ungleich; eine oder einer von uns hat weit mehr getragen, als fair war.</translation>
    </message>
    <message>
        <source>Roughly okay, with a few things to rebalance.</source>
        <translation>Ungefähr in Ordnung, mit ein paar Dingen zum Neuverteilen.</translation>
    </message>
    <message>
        <source>Fairly shared; it felt like real teamwork.</source>
        <translation>Fair geteilt; es fühlte sich nach echter Teamarbeit an.</translation>
    </message>
    <message>
        <source>Rate the week privately</source>
        <translation>Bewerte die Woche für dich</translation>
    </message>
    <message>
        <source>Each of you rates the week on your own, without looking at the other&apos;s answers. Honest numbers help more than polite ones; none of them is wrong.</source>
        <translation>Jede und jeder von euch bewertet die Woche für sich, ohne auf die Antworten des anderen zu schauen. Ehrliche Zahlen helfen mehr als höfliche; keine davon ist falsch.</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <source>Take turns naming something specific your partner did this week and the quality it showed, for example: &quot;You sorted the bills when I was swamped; that was really thoughtful.&quot;</source>
        <translation>Nennt abwechselnd etwas Bestimmtes, das der andere diese Woche getan hat, und was es über ihn zeigt, zum Beispiel: „Du hast die Rechnungen erledigt, als mir alles über den Kopf wuchs; das war wirklich aufmerksam.“</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Name what worked between you this week, however small. Noticing the good first makes the harder parts easier to talk about.</source>
        <translation>Nennt, was diese Woche zwischen euch funktioniert hat, auch wenn es klein ist. Wer zuerst das Gute bemerkt, kann leichter über das Schwierige reden.</translation>
    </message>
    <message>
        <source>Where our ratings differ</source>
        <translation>Wo unsere Bewertungen auseinandergehen</translation>
    </message>
    <message>
        <source>Reveal your ratings and look at where they differ. Ask what the week felt like for your partner with curiosity; it&apos;s a window into their week, not a scorecard.</source>
        <translation>Zeigt eure Bewertungen und schaut, wo sie auseinandergehen. Fragt neugierig, wie sich die Woche für den anderen angefühlt hat; es ist ein Fenster in seine Woche, keine Punktetabelle.</translation>
    </message>
    <message>
        <source>One issue, taking turns</source>
        <translation>Ein Thema, abwechselnd</translation>
    </message>
    <message>
        <source>Choose just one issue. The speaker says &quot;I feel … about … and I need …&quot; without blaming; the listener sums up what they heard until the speaker feels understood, then you swap roles.</source>
        <translation>Wählt nur ein Thema. Wer spricht, sagt „Ich fühle mich … wegen … und ich brauche …“, ohne Vorwürfe; wer zuhört, fasst zusammen, was angekommen ist, bis sich die andere Seite verstanden fühlt; dann tauscht ihr die Rollen.</translation>
    </message>
    <message>
        <source>One ask for next week</source>
        <translation>Eine Bitte für nächste Woche</translation>
    </message>
    <message>
        <source>Each of you makes one small, concrete request for the coming week, phrased as what you would like rather than what you don&apos;t want.</source>
        <translation>Jede und jeder von euch äußert eine kleine, konkrete Bitte für die kommende Woche, formuliert als das, was ihr euch wünscht, statt als das, was ihr nicht wollt.</translation>
    </message>
    <message>
        <source>What we&apos;ll try</source>
        <translation>Was wir versuchen</translation>
    </message>
    <message>
        <source>Write down what you both agree to try. These agreements come back at the start of next week&apos;s check-in so you can see how they went.</source>
        <translation>Schreibt auf, was ihr beide versuchen wollt. Diese Vereinbarungen kommen zu Beginn des nächsten Check-ins wieder, damit ihr seht, wie es gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>CheckInImport</name>
    <message>
        <source>%1, %2&apos;s part</source>
        <translation>%1, Teil von %2</translation>
    </message>
    <message>
        <source>Check-in %1</source>
        <translation>Check-in %1</translation>
    </message>
    <message>
        <source>The check-in of %1</source>
        <translation>Der Check-in vom %1</translation>
    </message>
    <message>
        <source>%1 has two parts by %2.</source>
        <translation>%1 hat zwei Teile von %2.</translation>
    </message>
    <message>
        <source>%1: &quot;agreements&quot; must be text of at most 64 KiB, or null.</source>
        <translation>%1: &quot;agreements&quot; muss Text von höchstens 64 KiB sein oder null.</translation>
    </message>
    <message>
        <source>Check-in %1 (%2) repeats the week or the id of an earlier check-in.</source>
        <translation>Check-in %1 (%2) wiederholt die Woche oder die ID eines früheren Check-ins.</translation>
    </message>
    <message>
        <source>The check-in of %1 has the id %2, which this journal already uses for the week %3.</source>
        <translation>Der Check-in vom %1 hat die ID %2, die dieses Tagebuch schon für die Woche %3 verwendet.</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>There is no rating called &apos;%1&apos;; the ratings are %2.</source>
        <translation>Es gibt keine Bewertung namens „%1“; die Bewertungen sind %2.</translation>
    </message>
    <message>
        <source>A rating is a number from %1 to %2, and %3 was %4.</source>
        <translation>Eine Bewertung ist eine Zahl von %1 bis %2, und %3 war %4.</translation>
    </message>
    <message>
        <source>There is no field called &apos;%1&apos;; the fields are %2.</source>
        <translation>Es gibt kein Feld namens „%1“; die Felder sind %2.</translation>
    </message>
    <message>
        <source>The field %1 is longer than 64 KiB.</source>
        <translation>Das Feld %1 ist länger als 64 KiB.</translation>
    </message>
    <message>
        <source>An answer needs at least one rating or field.</source>
        <translation>Eine Antwort braucht mindestens eine Bewertung oder ein Feld.</translation>
    </message>
    <message>
        <source>No check-in was opened for the week %1.</source>
        <translation>Für die Woche %1 wurde kein Check-in geöffnet.</translation>
    </message>
    <message>
        <source>Agreements need some text.</source>
        <translation>Vereinbarungen brauchen etwas Text.</translation>
    </message>
    <message>
        <source>Agreements are at most 64 KiB.</source>
        <translation>Vereinbarungen sind höchstens 64 KiB lang.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Exit codes: 0 done, 2 bad command line, 3 journal cannot be opened, 4 request refused.</source>
        <translation>Exit-Codes: 0 erledigt, 2 fehlerhafte Befehlszeile, 3 Tagebuch lässt sich nicht öffnen, 4 Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>twofold-cli %1 — the Twofold journal from the command line</source>
        <translation>twofold-cli %1 — das Twofold-Tagebuch auf der Befehlszeile</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Passphrases are read from --passphrase-file (or $TWOFOLD_PASSPHRASE), never from arguments.</source>
        <translation>Passphrasen werden aus --passphrase-file (oder $TWOFOLD_PASSPHRASE) gelesen, nie aus Argumenten.</translation>
    </message>
    <message>
        <source>Global options (before the command): --journal PATH, --as NAME, --passphrase-file FILE, --json.</source>
        <translation>Globale Optionen (vor dem Befehl): --journal PATH, --as NAME, --passphrase-file FILE, --json.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &apos;twofold-cli --help&apos;.</source>
        <translation>Versuch es mit „twofold-cli --help“.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Twofold, a private journal for two partners.</source>
        <translation>Twofold, ein privates Tagebuch für zwei.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>The journal file to open (the same as FILE).</source>
        <translation>Die Tagebuchdatei, die geöffnet wird (dasselbe wie FILE).</translation>
    </message>
    <message>
        <source>Preselect this partner when unlocking.</source>
        <translation>Diesen Partner beim Entsperren vorauswählen.</translation>
    </message>
    <message>
        <source>The journal to open. Without it, $TWOFOLD_JOURNAL, else the journal in Twofold&apos;s data folder; a file that does not exist yet is created there by the welcome.</source>
        <translation>Das Tagebuch, das geöffnet wird. Ohne Angabe $TWOFOLD_JOURNAL, sonst das Tagebuch im Datenordner von Twofold; eine Datei, die es noch nicht gibt, legt die Begrüßung dort an.</translation>
    </message>
    <message>
        <source>
One window opens per journal: starting Twofold on a journal that is
already open brings its window to the front. Scripts use the same
journal with twofold-cli.
</source>
        <translation>
Pro Tagebuch öffnet sich ein Fenster: Startest du Twofold für ein Tagebuch,
das schon offen ist, kommt sein Fenster nach vorn. Skripte benutzen
dasselbe Tagebuch mit twofold-cli.
</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuch es mit „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [FILE]</source>
        <translation>Aufruf: %1 [Optionen] [FILE]</translation>
    </message>
    <message>
        <source>Twofold opens one journal at a time; %1 were given.</source>
        <translation>Twofold öffnet ein Tagebuch auf einmal; angegeben wurden %1.</translation>
    </message>
    <message>
        <source>Give the journal either as FILE or with --journal, not both.</source>
        <translation>Gib das Tagebuch entweder als FILE oder mit --journal an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Say which partner you are with --as NAME (or TWOFOLD_PARTNER).</source>
        <translation>Sag mit --as NAME (oder TWOFOLD_PARTNER), welcher Partner du bist.</translation>
    </message>
    <message>
        <source>There is no partner called %1 in this journal.</source>
        <translation>In diesem Tagebuch gibt es keinen Partner namens %1.</translation>
    </message>
    <message>
        <source>Standard input can be read only once.</source>
        <translation>Die Standardeingabe lässt sich nur einmal lesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Try &apos;twofold-cli --help&apos;.</source>
        <translation>Versuch es mit „twofold-cli --help“.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 erwartet ein Datum als YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>The day %1 does not exist.</source>
        <translation>Den Tag %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 must be from %2 to %3.</source>
        <translation>--%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The journal file %1 was moved or deleted while it was open; nothing was changed.</source>
        <translation>Die Tagebuchdatei %1 wurde verschoben oder gelöscht, während sie offen war; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Storage error: %1.</source>
        <translation>Speicherfehler: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>The backup copy failed its check (%1); it was not kept.</source>
        <translation>Die Sicherungskopie hat ihre Prüfung nicht bestanden (%1); sie wurde nicht behalten.</translation>
    </message>
    <message>
        <source>%1 already exists; Twofold never overwrites a file.</source>
        <translation>%1 gibt es schon; Twofold überschreibt nie eine Datei.</translation>
    </message>
</context>
<context>
    <name>DayOneImport</name>
    <message>
        <source>%1: &quot;%2&quot; must be a date and time like 2017-06-28T15:38:37Z.</source>
        <translation>%1: &quot;%2&quot; muss ein Datum mit Uhrzeit sein, etwa 2017-06-28T15:38:37Z.</translation>
    </message>
    <message>
        <source>%1entry %2</source>
        <translation>%1Eintrag %2</translation>
    </message>
    <message>
        <source>%1entry %2 (%3)</source>
        <translation>%1Eintrag %2 (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;timeZone&quot; &quot;%2&quot; is not a time zone.</source>
        <translation>%1: &quot;timeZone&quot; &quot;%2&quot; ist keine Zeitzone.</translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation>Es gibt keine Datei %1 zum Importieren.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>it is not a Day One export (there is no JSON file at the top of the archive).</source>
        <translation>es ist kein Day-One-Export (oben im Archiv liegt keine JSON-Datei).</translation>
    </message>
</context>
<context>
    <name>DiskError</name>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Der Datenträger ist voll; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Your share of the disk (quota) is used up; nothing was changed.</source>
        <translation>Dein Anteil am Datenträger (Quota) ist aufgebraucht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The disk is read-only; nothing was changed.</source>
        <translation>Der Datenträger ist schreibgeschützt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file has reached the largest size allowed here; nothing was changed.</source>
        <translation>Die Datei hat die hier erlaubte Höchstgröße erreicht; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Draft %1 is damaged.</source>
        <translation>Der Entwurf %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Mood is a number from 1 to 5.</source>
        <translation>Die Stimmung ist eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>A draft is at most 2 MiB.</source>
        <translation>Ein Entwurf ist höchstens 2 MiB groß.</translation>
    </message>
    <message>
        <source>Only the author of an entry can draft changes to it.</source>
        <translation>Nur wer einen Eintrag geschrieben hat, kann Änderungen daran entwerfen.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>A tag is at most %1 characters.</source>
        <translation>Ein Schlagwort hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>An entry has at most %1 tags.</source>
        <translation>Ein Eintrag hat höchstens %1 Schlagwörter.</translation>
    </message>
    <message>
        <source>That day does not exist.</source>
        <translation>Diesen Tag gibt es nicht.</translation>
    </message>
    <message>
        <source>The day must be between 1900 and 2999.</source>
        <translation>Der Tag muss zwischen 1900 und 2999 liegen.</translation>
    </message>
    <message>
        <source>An entry needs some text.</source>
        <translation>Ein Eintrag braucht etwas Text.</translation>
    </message>
    <message>
        <source>An entry&apos;s text is at most 1 MiB.</source>
        <translation>Der Text eines Eintrags ist höchstens 1 MiB groß.</translation>
    </message>
    <message>
        <source>A title is at most %1 characters.</source>
        <translation>Ein Titel hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Mood is a number from 1 to 5.</source>
        <translation>Die Stimmung ist eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>There is no entry with id %1.</source>
        <translation>Es gibt keinen Eintrag mit der ID %1.</translation>
    </message>
    <message>
        <source>This entry is in the trash; restore it before editing.</source>
        <translation>Dieser Eintrag liegt im Papierkorb; stell ihn wieder her, bevor du ihn bearbeitest.</translation>
    </message>
    <message>
        <source>Only %1 can edit this entry; it is theirs.</source>
        <translation>Nur %1 kann diesen Eintrag bearbeiten; er gehört %1.</translation>
    </message>
    <message>
        <source>Only %1 can delete this entry; it is theirs.</source>
        <translation>Nur %1 kann diesen Eintrag löschen; er gehört %1.</translation>
    </message>
    <message>
        <source>Only %1 can restore this entry; it is theirs.</source>
        <translation>Nur %1 kann diesen Eintrag wiederherstellen; er gehört %1.</translation>
    </message>
    <message>
        <source>Only %1 can accept this entry as theirs.</source>
        <translation>Nur %1 kann diesen Eintrag als eigenen annehmen.</translation>
    </message>
</context>
<context>
    <name>EntryCodec</name>
    <message>
        <source>Entry %1 has damaged fields in clear.</source>
        <translation>Eintrag %1 hat beschädigte unverschlüsselte Felder.</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>An entry is either --private or --shared.</source>
        <translation>Ein Eintrag ist entweder --private oder --shared.</translation>
    </message>
    <message>
        <source>Give the text with --text or --file, not both.</source>
        <translation>Gib den Text mit --text oder --file an, nicht mit beidem.</translation>
    </message>
    <message>
        <source>--text puts your words into the shell&apos;s history; use --file or stdin for private writing.</source>
        <translation>--text schreibt deine Worte in den Verlauf der Shell; nimm --file oder die Standardeingabe für Privates.</translation>
    </message>
    <message>
        <source>Mood: %1/5</source>
        <translation>Stimmung: %1/5</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>Im Papierkorb seit %1</translation>
    </message>
    <message>
        <source>There is no partner called %1 in this journal.</source>
        <translation>In diesem Tagebuch gibt es keinen Partner namens %1.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>In den Papierkorb verschoben: %1</translation>
    </message>
    <message>
        <source>Add a daily reflection (shared unless --private); prints its id.</source>
        <translation>Einen Tageseintrag hinzufügen (geteilt, außer mit --private); gibt seine ID aus.</translation>
    </message>
    <message>
        <source>Entries you may see, newest first.</source>
        <translation>Einträge, die du sehen darfst, neueste zuerst.</translation>
    </message>
    <message>
        <source>One entry.</source>
        <translation>Ein Eintrag.</translation>
    </message>
    <message>
        <source>Change your entry (--mood 0 clears the mood, --shared makes it shared).</source>
        <translation>Deinen Eintrag ändern (--mood 0 entfernt die Stimmung, --shared teilt ihn).</translation>
    </message>
    <message>
        <source>Move your entry to the trash.</source>
        <translation>Deinen Eintrag in den Papierkorb verschieben.</translation>
    </message>
    <message>
        <source>Bring your entry back from the trash.</source>
        <translation>Deinen Eintrag aus dem Papierkorb zurückholen.</translation>
    </message>
</context>
<context>
    <name>EntryImport</name>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Entry %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;visibility&quot; must be &quot;shared&quot; or &quot;private&quot;.</source>
        <translation>%1: &quot;visibility&quot; muss &quot;shared&quot; oder &quot;private&quot; sein.</translation>
    </message>
    <message>
        <source>%1 is a private entry by %2; only %2 can import their private writing.</source>
        <translation>%1 ist ein privater Eintrag von %2; nur %2 kann eigene private Texte importieren.</translation>
    </message>
    <message>
        <source>%1 has the same id as an earlier entry of the file (%2).</source>
        <translation>%1 hat dieselbe ID wie ein früherer Eintrag der Datei (%2).</translation>
    </message>
    <message>
        <source>Entry %1 by %2 cannot be imported: this journal already has another partner&apos;s entry with that id.</source>
        <translation>Eintrag %1 von %2 lässt sich nicht importieren: Dieses Tagebuch hat schon einen Eintrag des anderen Partners mit dieser ID.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Note: exports are plaintext, not encrypted; keep them somewhere private and delete them when done.</source>
        <translation>Hinweis: Exporte sind Klartext, nicht verschlüsselt; bewahr sie an einem privaten Ort auf und lösch sie, wenn du fertig bist.</translation>
    </message>
    <message>
        <source>Exported %1 entries, %2 check-ins, %3 of your own prompts and %4 answers to %5.</source>
        <translation>Nach %5 exportiert – Einträge: %1, Check-ins: %2, eigene Fragen: %3, Antworten: %4.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>They are private: only you can read them. Use --shared to share them.</source>
        <translation>Sie sind privat: Nur du kannst sie lesen. Mit --shared teilst du sie.</translation>
    </message>
    <message>
        <source>They are shared with your partner.</source>
        <translation>Sie sind mit deinem Partner geteilt.</translation>
    </message>
    <message>
        <source>Wrote %1 day files (%2 entries, %3 check-ins, %4 answered prompts) to %5.</source>
        <translation>Nach %5 geschrieben – Tagesdateien: %1 (Einträge: %2, Check-ins: %3, beantwortete Fragen: %4).</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter.</source>
        <translation>--page-size muss a4 oder letter sein.</translation>
    </message>
    <message>
        <source>Wrote a %1-page book (%2 entries, %3 check-ins, %4 conversations) to %5.</source>
        <translation>Buch nach %5 geschrieben – Seiten: %1, Einträge: %2, Check-ins: %3, Gespräche: %4.</translation>
    </message>
    <message>
        <source>Note: a PDF isn&apos;t locked: anyone who opens the file can read it.</source>
        <translation>Hinweis: Ein PDF ist nicht gesperrt: Wer die Datei öffnet, kann sie lesen.</translation>
    </message>
    <message>
        <source>Everything you may see as one lossless JSON file (plaintext; refuses an existing file).</source>
        <translation>Alles, was du sehen darfst, als eine verlustfreie JSON-Datei (Klartext; eine vorhandene Datei wird nicht überschrieben).</translation>
    </message>
    <message>
        <source>Read a JSON export into this journal (idempotent; all or nothing).</source>
        <translation>Einen JSON-Export in dieses Tagebuch einlesen (wiederholbar; alles oder nichts).</translation>
    </message>
    <message>
        <source>Entries from jrnl&apos;s JSON export (jrnl --export json), as yours, private unless --shared (idempotent; all or nothing).</source>
        <translation>Einträge aus dem JSON-Export von jrnl (jrnl --export json), als deine, privat außer mit --shared (wiederholbar; alles oder nichts).</translation>
    </message>
    <message>
        <source>Entries from Day One&apos;s JSON export (the .zip or its JSON file), as yours, private unless --shared; photos are not imported (idempotent; all or nothing).</source>
        <translation>Einträge aus dem JSON-Export von Day One (die .zip oder ihre JSON-Datei), als deine, privat außer mit --shared; Fotos werden nicht importiert (wiederholbar; alles oder nichts).</translation>
    </message>
    <message>
        <source>One Markdown file per day in DIR (plaintext; created if missing).</source>
        <translation>Eine Markdown-Datei pro Tag in DIR (Klartext; der Ordner wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>The shared journal as a PDF book (plaintext; refuses an existing file).</source>
        <translation>Das gemeinsame Tagebuch als PDF-Buch (Klartext; eine vorhandene Datei wird nicht überschrieben).</translation>
    </message>
    <message>
        <source>, %1 skipped (the journal&apos;s version was kept)</source>
        <translation>, %1 übersprungen (die Fassung im Tagebuch wurde behalten)</translation>
    </message>
    <message>
        <source>, %1 left out (no text)</source>
        <translation>, %1 ausgelassen (ohne Text)</translation>
    </message>
</context>
<context>
    <name>FavouriteImport</name>
    <message>
        <source>Favourite %1</source>
        <translation>Favorit %1</translation>
    </message>
    <message>
        <source>A favourite of %1&apos;s is the prompt %2, which is neither in this journal nor in the file.</source>
        <translation>Ein Favorit von %1 ist die Frage %2, die weder in diesem Tagebuch noch in der Datei steht.</translation>
    </message>
</context>
<context>
    <name>ForeignFields</name>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>es ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not %1 (there is no list of &quot;entries&quot;).</source>
        <translation>es ist kein %1 (es gibt keine Liste &quot;entries&quot;).</translation>
    </message>
</context>
<context>
    <name>ForeignImport</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation>Es gibt keine Datei %1 zum Importieren.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it is larger than %2 MiB.</source>
        <translation>Aus %1 wurde nichts importiert: Die Datei ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>The journal file is damaged: %1</source>
        <translation>Die Tagebuchdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>Say which partner you are (--as NAME) to write or to read private writing.</source>
        <translation>Sag, welcher Partner du bist (--as NAME), um zu schreiben oder Privates zu lesen.</translation>
    </message>
    <message>
        <source>%1&apos;s recovery code opens the journal only to set a new passphrase: set one first.</source>
        <translation>Der Wiederherstellungscode von %1 öffnet das Tagebuch nur, um eine neue Passphrase festzulegen: Leg zuerst eine fest.</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>%1 is by &quot;%2&quot;, who is not a partner in this journal.</source>
        <translation>%1 ist von „%2“, und diese Person ist kein Partner in diesem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>IntegrityStore</name>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1, Zeile %2, verweist auf etwas Fehlendes (%3)</translation>
    </message>
</context>
<context>
    <name>IsoWeek</name>
    <message>
        <source>A week is written YYYY-Www (for example 2026-W48), not &apos;%1&apos;.</source>
        <translation>Eine Woche wird YYYY-Www geschrieben (zum Beispiel 2026-W48), nicht „%1“.</translation>
    </message>
    <message>
        <source>The week must be between 1900 and 2999.</source>
        <translation>Die Woche muss zwischen 1900 und 2999 liegen.</translation>
    </message>
    <message>
        <source>The week %1 does not exist; %2 has %3 weeks.</source>
        <translation>Die Woche %1 gibt es nicht; %2 hat %3 Wochen.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 is not a Twofold journal.</source>
        <translation>%1 ist kein Twofold-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Twofold journal.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Twofold-Tagebuch.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Twofold (journal format %2; this version reads up to %3). Nothing was changed.</source>
        <translation>%1 wurde von einer neueren Twofold-Version geschrieben (Tagebuchformat %2; diese Version liest bis %3). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is an unfinished or damaged journal.</source>
        <translation>%1 ist ein unfertiges oder beschädigtes Tagebuch.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged.</source>
        <translation>Das Tagebuch %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Tagebuch %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>A journal has one or two partners.</source>
        <translation>Ein Tagebuch hat einen oder zwei Partner.</translation>
    </message>
    <message>
        <source>A colour is written as #rrggbb, like #2f7f8f.</source>
        <translation>Eine Farbe wird als #rrggbb geschrieben, etwa #2f7f8f.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty.</source>
        <translation>Eine Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The two partners need different names.</source>
        <translation>Die beiden Partner brauchen verschiedene Namen.</translation>
    </message>
    <message>
        <source>%1 already exists; Twofold never overwrites a file.</source>
        <translation>%1 gibt es schon; Twofold überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (no identity).</source>
        <translation>Das Tagebuch %1 ist beschädigt (keine Kennung).</translation>
    </message>
    <message>
        <source>The journal %1 has no partners.</source>
        <translation>Das Tagebuch %1 hat keine Partner.</translation>
    </message>
    <message>
        <source>There is no partner called %1 in this journal.</source>
        <translation>In diesem Tagebuch gibt es keinen Partner namens %1.</translation>
    </message>
    <message>
        <source>The partner record is missing.</source>
        <translation>Der Partnerdatensatz fehlt.</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase is needed to open the journal.</source>
        <translation>Zum Öffnen des Tagebuchs wird die Passphrase von %1 gebraucht.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>Die Passphrase für %1 stimmt nicht.</translation>
    </message>
    <message>
        <source>Every partner of this journal has a passphrase: say who you are with --as NAME.</source>
        <translation>Jeder Partner dieses Tagebuchs hat eine Passphrase: Sag mit --as NAME, wer du bist.</translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message>
        <source>init takes --partner NAME once or twice.</source>
        <translation>init nimmt --partner NAME ein- oder zweimal.</translation>
    </message>
    <message>
        <source>--protect needs one passphrase per partner, one per line of --passphrase-file.</source>
        <translation>--protect braucht eine Passphrase pro Partner, je eine pro Zeile von --passphrase-file.</translation>
    </message>
    <message>
        <source>Created the journal %1 for %2.</source>
        <translation>Das Tagebuch %1 für %2 ist angelegt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Recovery code for %1: %2</source>
        <translation>Wiederherstellungscode für %1: %2</translation>
    </message>
    <message>
        <source>Each code opens the journal like its partner&apos;s passphrase. It is shown only once: print it or write it down and keep it somewhere safe.</source>
        <translation>Jeder Code öffnet das Tagebuch wie die Passphrase seines Partners. Er wird nur einmal gezeigt: Druck ihn aus oder schreib ihn ab und bewahr ihn sicher auf.</translation>
    </message>
    <message>
        <source>No passphrases were set: anyone with the file can read it. Set one with &apos;twofold-cli --as NAME passphrase set&apos;.</source>
        <translation>Es wurden keine Passphrasen gesetzt: Wer die Datei hat, kann sie lesen. Setz eine mit „twofold-cli --as NAME passphrase set“.</translation>
    </message>
    <message>
        <source>protected by a passphrase</source>
        <translation>mit Passphrase geschützt</translation>
    </message>
    <message>
        <source>no passphrase</source>
        <translation>keine Passphrase</translation>
    </message>
    <message>
        <source>List the partners and whether each has a passphrase.</source>
        <translation>Die Partner auflisten und ob jeder eine Passphrase hat.</translation>
    </message>
    <message>
        <source>Create a new journal for two partners (with --protect, passphrases from --passphrase-file, one line per partner).</source>
        <translation>Ein neues Tagebuch für zwei Partner anlegen (mit --protect Passphrasen aus --passphrase-file, eine Zeile pro Partner).</translation>
    </message>
</context>
<context>
    <name>JournalPlace</name>
    <message>
        <source>The folder %1 does not exist, so there is no journal at %2.</source>
        <translation>Den Ordner %1 gibt es nicht, also gibt es auch kein Tagebuch unter %2.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The journal %1 is on a read-only disk, and Twofold only opens a journal it can keep safe by writing; nothing was changed.</source>
        <translation>Das Tagebuch %1 liegt auf einem schreibgeschützten Datenträger, und Twofold öffnet nur ein Tagebuch, das es durch Schreiben sicher halten kann; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only for you, and Twofold needs to write beside the journal there; nothing was changed.</source>
        <translation>Der Ordner %1 ist für dich schreibgeschützt, und Twofold muss dort neben dem Tagebuch schreiben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal file %1 is read-only for you; nothing was changed.</source>
        <translation>Die Tagebuchdatei %1 ist für dich schreibgeschützt; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>JrnlImport</name>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Entry %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;time&quot; must be a time of day written HH:MM.</source>
        <translation>%1: &quot;time&quot; muss eine Uhrzeit im Format HH:MM sein.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>es ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not a Twofold export (not a JSON object).</source>
        <translation>es ist kein Twofold-Export (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>it is not a Twofold export (&quot;format&quot; is not &quot;twofold&quot;).</source>
        <translation>es ist kein Twofold-Export (&quot;format&quot; ist nicht &quot;twofold&quot;).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1.</source>
        <translation>&quot;version&quot; muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>it was written by a newer Twofold (format version %1; this one reads up to version %2).</source>
        <translation>es wurde von einer neueren Twofold-Version geschrieben (Formatversion %1; diese liest bis Version %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>partner %1 must be an object with a &quot;name&quot;.</source>
        <translation>Partner %1 muss ein Objekt mit &quot;name&quot; sein.</translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation>Es gibt keine Datei %1 zum Importieren.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>The key record in the journal is damaged.</source>
        <translation>Der Schlüsseldatensatz im Tagebuch ist beschädigt.</translation>
    </message>
    <message>
        <source>The journal asks for key-derivation settings outside safe bounds; it may have been tampered with.</source>
        <translation>Das Tagebuch verlangt Einstellungen zur Schlüsselableitung außerhalb sicherer Grenzen; es wurde womöglich manipuliert.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase stimmt nicht.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>Der Wiederherstellungscode stimmt nicht.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Say where the backup goes.</source>
        <translation>Sag, wohin die Sicherung soll.</translation>
    </message>
    <message>
        <source>%1 already exists; Twofold never overwrites a file.</source>
        <translation>%1 gibt es schon; Twofold überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The journal file is damaged: %1.</source>
        <translation>Die Tagebuchdatei ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The journal file is inconsistent: %1.</source>
        <translation>Die Tagebuchdatei ist nicht stimmig: %1.</translation>
    </message>
    <message>
        <source>The journal file is damaged: %1</source>
        <translation>Die Tagebuchdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>%1&apos;s copy of the journal key is damaged.</source>
        <translation>Die Kopie des Tagebuchschlüssels von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the %2 was altered or moved.</source>
        <translation>%1: %2 wurde verändert oder verschoben.</translation>
    </message>
    <message>
        <source>Not written by the partner they name (the signature is missing or does not check): %1.</source>
        <translation>Nicht von der Person geschrieben, die als Autor genannt ist (die Signatur fehlt oder stimmt nicht): %1.</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>Backed up the journal to %1 (checked). It opens with the same passphrases and recovery codes as the journal has now.</source>
        <translation>Das Tagebuch wurde nach %1 gesichert (geprüft). Die Sicherung öffnet sich mit denselben Passphrasen und Wiederherstellungscodes, die das Tagebuch jetzt hat.</translation>
    </message>
    <message>
        <source>A consistent, checked copy of the journal while it may be in use (never overwrites).</source>
        <translation>Eine stimmige, geprüfte Kopie des Tagebuchs, auch während es benutzt wird (überschreibt nie).</translation>
    </message>
    <message>
        <source>Check the file and open every sealed value you can; exit 3 names the first damaged item.</source>
        <translation>Die Datei prüfen und jeden versiegelten Wert öffnen, den du öffnen kannst; Exit-Code 3 nennt das erste beschädigte Element.</translation>
    </message>
    <message>
        <source>All is well: the file is intact, %1 partners&apos; key records are sound, %2 sealed values open and %3 rows carry their author&apos;s signature.</source>
        <translation>Alles in Ordnung: Die Datei ist unversehrt, die Schlüsseldaten von %1 Partnern sind intakt, %2 versiegelte Werte lassen sich öffnen und %3 Zeilen tragen die Signatur ihres Autors.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>%1 already exists and was not written by a Twofold export; it would be overwritten, so nothing was written.</source>
        <translation>%1 gibt es schon, und die Datei stammt nicht aus einem Twofold-Export; sie würde überschrieben, also wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 gibt es, aber es ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <source>Very low</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Geht so</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
</context>
<context>
    <name>PartnerKeyRecords</name>
    <message>
        <source>%1&apos;s %2 is damaged.</source>
        <translation>%2 von %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>PartnerKeys</name>
    <message>
        <source>A partner&apos;s key record is damaged.</source>
        <translation>Der Schlüsseldatensatz eines Partners ist beschädigt.</translation>
    </message>
    <message>
        <source>A partner&apos;s keys do not match each other.</source>
        <translation>Die Schlüssel eines Partners passen nicht zueinander.</translation>
    </message>
    <message>
        <source>A partner&apos;s public key in the journal is not a usable key (it was damaged or replaced), so nothing was written.</source>
        <translation>Der öffentliche Schlüssel eines Partners im Tagebuch ist nicht verwendbar (er wurde beschädigt oder ersetzt), also wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The journal key record is damaged.</source>
        <translation>Der Datensatz des Tagebuchschlüssels ist beschädigt.</translation>
    </message>
    <message>
        <source>The journal key record is damaged or was replaced.</source>
        <translation>Der Datensatz des Tagebuchschlüssels ist beschädigt oder wurde ersetzt.</translation>
    </message>
</context>
<context>
    <name>PartnerSigning</name>
    <message>
        <source>The other partner&apos;s keys in this file were changed.</source>
        <translation>Die Schlüssel der anderen Person wurden in dieser Datei verändert.</translation>
    </message>
    <message>
        <source>The journal key in this file was replaced (it does not match its commitment); nothing was written.</source>
        <translation>Der Tagebuchschlüssel in dieser Datei wurde ersetzt (er passt nicht zu seiner Festlegung); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The partner record is missing.</source>
        <translation>Der Partnerdatensatz fehlt.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase: anyone with the file can read this partner&apos;s private writing.</source>
        <translation>Keine Passphrase: Wer die Datei hat, kann die privaten Texte dieses Partners lesen.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Try a few unrelated words.</source>
        <translation>Schwach: leicht zu erraten. Versuch es mit ein paar Wörtern, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Fair: longer would be safer.</source>
        <translation>Mittel: länger wäre sicherer.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A partner&apos;s name cannot be empty.</source>
        <translation>Der Name eines Partners darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A partner&apos;s name is at most %1 characters.</source>
        <translation>Der Name eines Partners hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A colour is written as #rrggbb, like #2f7f8f.</source>
        <translation>Eine Farbe wird als #rrggbb geschrieben, etwa #2f7f8f.</translation>
    </message>
    <message>
        <source>The two partners need different names.</source>
        <translation>Die beiden Partner brauchen verschiedene Namen.</translation>
    </message>
</context>
<context>
    <name>PromptChoices</name>
    <message>
        <source>The theme %1 vanished.</source>
        <translation>Das Thema %1 ist verschwunden.</translation>
    </message>
    <message>
        <source>There is no prompt for today: no theme has a yes from both partners yet.</source>
        <translation>Heute gibt es keine Frage: Noch hat kein Thema ein Ja von euch beiden.</translation>
    </message>
    <message>
        <source>There is no prompt for today: the themes both partners said yes to have no prompts.</source>
        <translation>Heute gibt es keine Frage: Die Themen, zu denen ihr beide Ja gesagt habt, haben keine Fragen.</translation>
    </message>
</context>
<context>
    <name>PromptCodec</name>
    <message>
        <source>Answer %1 names no partner of this journal.</source>
        <translation>Antwort %1 nennt keinen Partner dieses Tagebuchs.</translation>
    </message>
    <message>
        <source>The theme choice %1 is damaged.</source>
        <translation>Die Themenwahl %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>PromptCommands</name>
    <message>
        <source>--depth is light, deeper or deepest, not &apos;%1&apos;.</source>
        <translation>--depth ist light, deeper oder deepest, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give the text with --text or --file, not both.</source>
        <translation>Gib den Text mit --text oder --file an, nicht mit beidem.</translation>
    </message>
    <message>
        <source>Both of you have answered.</source>
        <translation>Ihr habt beide geantwortet.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Noch hat niemand geantwortet.</translation>
    </message>
    <message>
        <source>Answered so far: %1. Each answer is shown to the other partner once both have answered.</source>
        <translation>Bisher geantwortet: %1. Jede Antwort ist für den anderen Partner zu sehen, sobald beide geantwortet haben.</translation>
    </message>
    <message>
        <source>Answers are shared writing: hiding them until both have answered is a rule of the app, not secrecy. Anything that must stay unreadable to your partner belongs in a private entry (entry add --private).</source>
        <translation>Antworten sind geteilte Texte: Dass sie verborgen bleiben, bis ihr beide geantwortet habt, ist eine Regel der App, kein Geheimnis. Was dein Partner auf keinen Fall lesen soll, gehört in einen privaten Eintrag (entry add --private).</translation>
    </message>
    <message>
        <source>Each partner chooses themes with: twofold-cli prompt consent THEME yes</source>
        <translation>Jeder Partner wählt Themen mit: twofold-cli prompt consent THEME yes</translation>
    </message>
    <message>
        <source>Today&apos;s prompt</source>
        <translation>Die Frage des Tages</translation>
    </message>
    <message>
        <source>Answer with: twofold-cli prompt answer %1</source>
        <translation>Antworten mit: twofold-cli prompt answer %1</translation>
    </message>
    <message>
        <source>No prompts.</source>
        <translation>Keine Fragen.</translation>
    </message>
    <message>
        <source>A theme choice is yes or not-now, not &apos;%1&apos;.</source>
        <translation>Eine Themenwahl ist yes oder not-now, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1: %2 für %3.</translation>
    </message>
    <message>
        <source>Both of you said yes: its prompts can be offered.</source>
        <translation>Ihr habt beide Ja gesagt: Fragen aus diesem Thema können kommen.</translation>
    </message>
    <message>
        <source>Its prompts are offered only once both of you say yes.</source>
        <translation>Fragen aus diesem Thema kommen erst, wenn ihr beide Ja sagt.</translation>
    </message>
    <message>
        <source>prompt add needs --theme T.</source>
        <translation>prompt add braucht --theme T.</translation>
    </message>
    <message>
        <source>The prompt of the day, from themes both partners said yes to.</source>
        <translation>Die Frage des Tages, aus Themen, zu denen ihr beide Ja gesagt habt.</translation>
    </message>
    <message>
        <source>The whole prompt library, the couple&apos;s own prompts included.</source>
        <translation>Die ganze Fragensammlung, eure eigenen Fragen eingeschlossen.</translation>
    </message>
    <message>
        <source>Every theme with both partners&apos; choices.</source>
        <translation>Alle Themen mit der Wahl beider Partner.</translation>
    </message>
    <message>
        <source>Your choice for a theme (its id or name).</source>
        <translation>Deine Wahl für ein Thema (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>Add a prompt of your own (depth deeper unless given).</source>
        <translation>Eine eigene Frage hinzufügen (Tiefe deeper, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Answer a prompt; answering again replaces your answer.</source>
        <translation>Eine Frage beantworten; eine neue Antwort ersetzt deine alte.</translation>
    </message>
    <message>
        <source>A prompt with the answers you may read.</source>
        <translation>Eine Frage mit den Antworten, die du lesen darfst.</translation>
    </message>
    <message>
        <source> · written by %1</source>
        <translation> · geschrieben von %1</translation>
    </message>
    <message>
        <source>, sensitive</source>
        <translation>, heikel</translation>
    </message>
    <message>
        <source> · offered</source>
        <translation> · wird angeboten</translation>
    </message>
    <message>
        <source> · not offered</source>
        <translation> · wird nicht angeboten</translation>
    </message>
</context>
<context>
    <name>PromptImport</name>
    <message>
        <source>Prompt %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>%1 is a built-in prompt; the list holds the couple&apos;s own prompts only.</source>
        <translation>%1 ist eine mitgelieferte Frage; die Liste enthält nur eure eigenen Fragen.</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be 1 to %2 characters.</source>
        <translation>%1: &quot;text&quot; muss 1 bis %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1: &quot;depth&quot; must be light, deeper or deepest.</source>
        <translation>%1: &quot;depth&quot; muss light, deeper oder deepest sein.</translation>
    </message>
    <message>
        <source>Prompt %1 has the id %2, which an earlier prompt of the file already has.</source>
        <translation>Frage %1 hat die ID %2, die schon eine frühere Frage der Datei hat.</translation>
    </message>
    <message>
        <source>Prompt %1 cannot be imported: this journal already has another prompt with that id.</source>
        <translation>Frage %1 lässt sich nicht importieren: Dieses Tagebuch hat schon eine andere Frage mit dieser ID.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be some text of at most 1 MiB.</source>
        <translation>%1: &quot;text&quot; muss Text von höchstens 1 MiB sein.</translation>
    </message>
    <message>
        <source>%1 is to the prompt &quot;%2&quot;, which Twofold does not know.</source>
        <translation>%1 antwortet auf die Frage „%2“, die Twofold nicht kennt.</translation>
    </message>
    <message>
        <source>Answer %1 repeats the id, or the prompt and author, of an earlier answer.</source>
        <translation>Antwort %1 wiederholt die ID oder Frage und Autor einer früheren Antwort.</translation>
    </message>
    <message>
        <source>An answer by %1 is to the prompt %2, which is neither in this journal nor in the file.</source>
        <translation>Eine Antwort von %1 gehört zur Frage %2, die weder in diesem Tagebuch noch in der Datei steht.</translation>
    </message>
    <message>
        <source>Answer %1 cannot be imported: this journal already uses its id for another answer.</source>
        <translation>Antwort %1 lässt sich nicht importieren: Dieses Tagebuch verwendet ihre ID schon für eine andere Antwort.</translation>
    </message>
</context>
<context>
    <name>PromptRows</name>
    <message>
        <source>There is no prompt with id %1.</source>
        <translation>Es gibt keine Frage mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no theme called %1.</source>
        <translation>Es gibt kein Thema namens %1.</translation>
    </message>
</context>
<context>
    <name>PromptWords</name>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Deeper</source>
        <translation>Tiefer</translation>
    </message>
    <message>
        <source>Deepest</source>
        <translation>Am tiefsten</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>A prompt needs some text.</source>
        <translation>Eine Frage braucht etwas Text.</translation>
    </message>
    <message>
        <source>A prompt is at most %1 characters.</source>
        <translation>Eine Frage hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>An answer needs some text.</source>
        <translation>Eine Antwort braucht etwas Text.</translation>
    </message>
    <message>
        <source>An answer is at most 1 MiB.</source>
        <translation>Eine Antwort ist höchstens 1 MiB groß.</translation>
    </message>
    <message>
        <source>This prompt has an answer now, so it stays as it was asked.</source>
        <translation>Auf diese Frage gibt es schon eine Antwort, deshalb bleibt sie, wie sie gestellt wurde.</translation>
    </message>
    <message>
        <source>This prompt is one of Twofold&apos;s own; only the prompts you write yourselves can be changed.</source>
        <translation>Diese Frage gehört zu Twofold; ändern lassen sich nur die Fragen, die ihr selbst schreibt.</translation>
    </message>
    <message>
        <source>Only %1 can delete this prompt; they wrote it.</source>
        <translation>Nur %1 kann diese Frage löschen; sie stammt von %1.</translation>
    </message>
    <message>
        <source>Only %1 can change this prompt; they wrote it.</source>
        <translation>Nur %1 kann diese Frage ändern; sie stammt von %1.</translation>
    </message>
    <message>
        <source>There is no prompt with id %1.</source>
        <translation>Es gibt keine Frage mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Twofold</source>
        <translation>Twofold</translation>
    </message>
    <message>
        <source>You can open another journal file or create a new one.</source>
        <translation>Du kannst eine andere Tagebuchdatei öffnen oder eine neue anlegen.</translation>
    </message>
    <message>
        <source>Twofold could not be started for %1.</source>
        <translation>Twofold konnte für %1 nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>QueryTranslator</name>
    <message>
        <source>The search has an opening quote &quot; without a closing one.</source>
        <translation>Die Suche hat ein öffnendes Anführungszeichen &quot; ohne schließendes.</translation>
    </message>
    <message>
        <source>The search has an empty phrase &quot;&quot;; put words between the quotes.</source>
        <translation>Die Suche hat eine leere Wortgruppe &quot;&quot;; schreib Wörter zwischen die Anführungszeichen.</translation>
    </message>
    <message>
        <source>A * goes at the end of a word, as in walk*.</source>
        <translation>Ein * gehört ans Ende eines Worts, wie in spazier*.</translation>
    </message>
    <message>
        <source>The search has a closing parenthesis ) without an opening one.</source>
        <translation>Die Suche hat eine schließende Klammer ) ohne öffnende.</translation>
    </message>
    <message>
        <source>The search has no words to look for (punctuation and emoji are not searchable).</source>
        <translation>Die Suche hat keine Wörter, nach denen sie suchen kann (Satzzeichen und Emoji sind nicht durchsuchbar).</translation>
    </message>
    <message>
        <source>NOT needs something to search for before it, as in: coffee NOT tea.</source>
        <translation>Vor NOT muss etwas stehen, wonach gesucht wird, wie in: Kaffee NOT Tee.</translation>
    </message>
    <message>
        <source>%1 needs a word on each side, as in: tea %1 coffee.</source>
        <translation>%1 braucht auf jeder Seite ein Wort, wie in: Tee %1 Kaffee.</translation>
    </message>
    <message>
        <source>The search has empty parentheses ().</source>
        <translation>Die Suche hat leere Klammern ().</translation>
    </message>
    <message>
        <source>The search has too many nested parentheses.</source>
        <translation>Die Suche hat zu viele verschachtelte Klammern.</translation>
    </message>
    <message>
        <source>The search has an opening parenthesis ( without a closing one.</source>
        <translation>Die Suche hat eine öffnende Klammer ( ohne schließende.</translation>
    </message>
    <message>
        <source>The search ends where a word is missing.</source>
        <translation>Die Suche endet dort, wo ein Wort fehlt.</translation>
    </message>
    <message>
        <source>A search can have at most %1 words.</source>
        <translation>Eine Suche hat höchstens %1 Wörter.</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>Gib etwas ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>A search is at most %1 characters.</source>
        <translation>Eine Suche hat höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>A recovery code has %1 groups of %2 letters and digits.</source>
        <translation>Ein Wiederherstellungscode hat %1 Gruppen aus je %2 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery code has a typo.</source>
        <translation>In Gruppe %1 des Wiederherstellungscodes ist ein Tippfehler.</translation>
    </message>
</context>
<context>
    <name>RollingBackups</name>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation>Der Sicherungsordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made private.</source>
        <translation>Der Sicherungsordner %1 lässt sich nicht privat machen.</translation>
    </message>
    <message>
        <source>There was not enough memory; nothing was changed.</source>
        <translation>Es war nicht genug Speicher frei; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Say which backup to restore.</source>
        <translation>Sag, welche Sicherung wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not a backup file.</source>
        <translation>%1 ist keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>%1 is the journal itself, not a backup of it.</source>
        <translation>%1 ist das Tagebuch selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Twofold backup; nothing was changed.</source>
        <translation>%1 lässt sich nicht als Twofold-Sicherung lesen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is not a Twofold backup; nothing was changed.</source>
        <translation>%1 ist keine Twofold-Sicherung; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; nothing was changed.</source>
        <translation>Die Sicherung %1 ist beschädigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is a backup of another journal; nothing was changed.</source>
        <translation>%1 ist eine Sicherung eines anderen Tagebuchs; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Twofold; nothing was changed.</source>
        <translation>%1 stammt von einer neueren Twofold-Version; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was restored, since the journal could not be backed up first: %1</source>
        <translation>Nichts wurde wiederhergestellt, weil das Tagebuch vorher nicht gesichert werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; it would be overwritten, so nothing was written.</source>
        <translation>%1 gibt es schon; die Datei würde überschrieben, also wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Sealer</name>
    <message>
        <source>A sealed value in %1.%2 of %3 cannot be opened: it was altered, moved, or sealed with another key.</source>
        <translation>Ein versiegelter Wert in %1.%2 von %3 lässt sich nicht öffnen: Er wurde verändert, verschoben oder mit einem anderen Schlüssel versiegelt.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>The number of results is from 1 to %1.</source>
        <translation>Die Zahl der Treffer liegt zwischen 1 und %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Full-text search over what you may read: words, &quot;phrases&quot;, prefix*, AND/OR/NOT, (groups); matches are marked «like this».</source>
        <translation>Volltextsuche in allem, was du lesen darfst: Wörter, &quot;Wortgruppen&quot;, Anfang*, AND/OR/NOT, (Gruppen); Treffer sind «so» markiert.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>There was not enough memory to build the search index.</source>
        <translation>Für den Suchindex war nicht genug Speicher frei.</translation>
    </message>
    <message>
        <source>There was not enough memory to update the search index.</source>
        <translation>Zum Aktualisieren des Suchindex war nicht genug Speicher frei.</translation>
    </message>
    <message>
        <source>The number of results must be at least 1.</source>
        <translation>Die Zahl der Treffer muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The search index is not built; unlock the journal first.</source>
        <translation>Der Suchindex ist noch nicht aufgebaut; entsperr zuerst das Tagebuch.</translation>
    </message>
    <message>
        <source>This search cannot be run: %1</source>
        <translation>Diese Suche lässt sich nicht ausführen: %1</translation>
    </message>
    <message>
        <source>There was not enough memory to search.</source>
        <translation>Für die Suche war nicht genug Speicher frei.</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>The new passphrase (the first line of --new-passphrase-file) is empty.</source>
        <translation>Die neue Passphrase (die erste Zeile von --new-passphrase-file) ist leer.</translation>
    </message>
    <message>
        <source>New recovery code for %1: %2</source>
        <translation>Neuer Wiederherstellungscode für %1: %2</translation>
    </message>
    <message>
        <source>It opens the journal like the passphrase and is shown only once: print it or write it down and keep it somewhere safe. The old code no longer works.</source>
        <translation>Er öffnet das Tagebuch wie die Passphrase und wird nur einmal gezeigt: Druck ihn aus oder schreib ihn ab und bewahr ihn sicher auf. Der alte Code gilt nicht mehr.</translation>
    </message>
    <message>
        <source>passphrase set needs --new-passphrase-file FILE (the new passphrase on its first line, - for standard input).</source>
        <translation>passphrase set braucht --new-passphrase-file FILE (die neue Passphrase in der ersten Zeile, - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The journal was opened with %1&apos;s recovery code: give a new passphrase with --new-passphrase-file FILE to protect the new keys.</source>
        <translation>Das Tagebuch wurde mit dem Wiederherstellungscode von %1 geöffnet: Gib mit --new-passphrase-file FILE eine neue Passphrase an, die die neuen Schlüssel schützt.</translation>
    </message>
    <message>
        <source>rotate-keys keeps the passphrase; change it with &apos;passphrase set&apos;.</source>
        <translation>rotate-keys behält die Passphrase; ändern kannst du sie mit „passphrase set“.</translation>
    </message>
    <message>
        <source>Re-encrypted %1 values with new keys for %2 and a new journal key.</source>
        <translation>%1 Werte mit neuen Schlüsseln für %2 und einem neuen Tagebuchschlüssel neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Set or change your passphrase (the current one from --passphrase-file); prints a new recovery code once.</source>
        <translation>Deine Passphrase setzen oder ändern (die aktuelle aus --passphrase-file); gibt einmal einen neuen Wiederherstellungscode aus.</translation>
    </message>
    <message>
        <source>New journal key and new keys for you; everything re-encrypted in one transaction (--new-passphrase-file only after opening with the recovery code).</source>
        <translation>Ein neuer Tagebuchschlüssel und neue Schlüssel für dich; alles in einem Schritt neu verschlüsselt (--new-passphrase-file nur nach dem Öffnen mit dem Wiederherstellungscode).</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Say which partner you are (--as NAME): only a partner changes their own secrets.</source>
        <translation>Sag, welcher Partner du bist (--as NAME): Nur ein Partner selbst ändert seine Geheimnisse.</translation>
    </message>
    <message>
        <source> The old encrypted copies are still in the journal&apos;s log file until Twofold is next closed by every program using it.</source>
        <translation> Die alten verschlüsselten Kopien stehen noch in der Protokolldatei des Tagebuchs, bis jedes Programm, das es benutzt, Twofold das nächste Mal schließt.</translation>
    </message>
    <message>
        <source> Shared writing is protected in the file only once both partners have a passphrase; private writing is protected by its author&apos;s.</source>
        <translation> Geteilte Texte sind in der Datei erst geschützt, wenn beide Partner eine Passphrase haben; private Texte schützt die Passphrase ihres Autors.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty.</source>
        <translation>Eine Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase is set, and new keys were made and everything re-encrypted. Backups made before now are not protected by it: replace them with a new backup.%2%3</source>
        <translation>Die Passphrase von %1 ist gesetzt, es wurden neue Schlüssel erzeugt und alles neu verschlüsselt. Frühere Sicherungen schützt sie nicht: Ersetz sie durch eine neue Sicherung.%2%3</translation>
    </message>
    <message>
        <source>The partner record is missing.</source>
        <translation>Der Partnerdatensatz fehlt.</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase was changed, and the old recovery code no longer works. Backups made before now still open with the old passphrase and the old recovery code: replace them with a new backup.%2%3</source>
        <translation>Die Passphrase von %1 wurde geändert, und der alte Wiederherstellungscode gilt nicht mehr. Frühere Sicherungen öffnen sich weiter mit der alten Passphrase und dem alten Wiederherstellungscode: Ersetz sie durch eine neue Sicherung.%2%3</translation>
    </message>
    <message>
        <source>%1&apos;s current passphrase is needed to change it.</source>
        <translation>Zum Ändern wird die aktuelle Passphrase von %1 gebraucht.</translation>
    </message>
    <message>
        <source>The current passphrase for %1 is wrong; nothing was changed.</source>
        <translation>Die aktuelle Passphrase für %1 stimmt nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>New keys were made and everything was re-encrypted. Backups made before now still open with the old keys: replace them with a new backup.%1</source>
        <translation>Es wurden neue Schlüssel erzeugt und alles neu verschlüsselt. Frühere Sicherungen öffnen sich weiter mit den alten Schlüsseln: Ersetz sie durch eine neue Sicherung.%1</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase is needed to protect the new keys.</source>
        <translation>Zum Schutz der neuen Schlüssel wird die Passphrase von %1 gebraucht.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong; the keys were not changed.</source>
        <translation>Die Passphrase für %1 stimmt nicht; die Schlüssel wurden nicht geändert.</translation>
    </message>
    <message>
        <source>New keys were made and everything was re-encrypted%1; there is a new recovery code. Backups made before now still open with the old keys, the old passphrase and the old recovery code: replace them with a new backup.%2</source>
        <translation>Es wurden neue Schlüssel erzeugt und alles neu verschlüsselt%1; es gibt einen neuen Wiederherstellungscode. Frühere Sicherungen öffnen sich weiter mit den alten Schlüsseln, der alten Passphrase und dem alten Wiederherstellungscode: Ersetz sie durch eine neue Sicherung.%2</translation>
    </message>
    <message>
        <source>%1 The keys were not changed.</source>
        <translation>%1 Die Schlüssel wurden nicht geändert.</translation>
    </message>
    <message>
        <source>%1: the %2 cannot be opened (it was altered or moved), so the keys were not changed; run verify.</source>
        <translation>%1: %2 lässt sich nicht öffnen (wurde verändert oder verschoben), also wurden die Schlüssel nicht geändert; führ verify aus.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>You see “%1” most differently. It might be a good place to start: ask what the week felt like for the other, with curiosity.</source>
        <translation>Bei „%1“ seht ihr es am unterschiedlichsten. Vielleicht ein guter Anfang: Fragt neugierig, wie sich die Woche für den anderen angefühlt hat.</translation>
    </message>
    <message>
        <source>Your ratings are close this week. Start with what went well.</source>
        <translation>Eure Bewertungen liegen diese Woche nah beieinander. Fangt mit dem an, was gut lief.</translation>
    </message>
    <message>
        <source>Your ratings side by side</source>
        <translation>Eure Bewertungen nebeneinander</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1: %2 %3 · %4 %5 · apart by %6</source>
        <translation>%1: %2 %3 · %4 %5 · %6 auseinander</translation>
    </message>
    <message>
        <source>%1: %2 %3 · %4 %5</source>
        <translation>%1: %2 %3 · %4 %5</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>A partner&apos;s signing key is damaged.</source>
        <translation>Der Signaturschlüssel einer Person ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>SigningSecrets</name>
    <message>
        <source>A partner&apos;s signing key record is damaged.</source>
        <translation>Der Datensatz zum Signaturschlüssel einer Person ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The journal file was moved or deleted while it was open; nothing was changed.</source>
        <translation>Die Tagebuchdatei wurde verschoben oder gelöscht, während sie offen war; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal file could not be read or written (input/output error); nothing was changed.</source>
        <translation>Die Tagebuchdatei ließ sich nicht lesen oder schreiben (Ein-/Ausgabefehler); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal file is read-only; nothing was changed.</source>
        <translation>Die Tagebuchdatei ist schreibgeschützt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The journal file could not be opened.</source>
        <translation>Die Tagebuchdatei ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The journal file is damaged.</source>
        <translation>Die Tagebuchdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is not a Twofold journal.</source>
        <translation>Die Datei ist kein Twofold-Tagebuch.</translation>
    </message>
    <message>
        <source>The journal is busy in another program; try again in a moment.</source>
        <translation>Das Tagebuch ist gerade in einem anderen Programm beschäftigt; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Permission to use the journal file was denied.</source>
        <translation>Der Zugriff auf die Tagebuchdatei wurde verweigert.</translation>
    </message>
    <message>
        <source>The journal storage reported an error: %1.</source>
        <translation>Der Tagebuchspeicher meldet einen Fehler: %1.</translation>
    </message>
</context>
<context>
    <name>StatsCommands</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries: %1 (%2)</source>
        <translation>Einträge: %1 (%2)</translation>
    </message>
    <message>
        <source>Your private entries: %1</source>
        <translation>Deine privaten Einträge: %1</translation>
    </message>
    <message>
        <source>Writing streaks:</source>
        <translation>Schreibserien:</translation>
    </message>
    <message>
        <source>  %1: %2 now, longest %3%4</source>
        <translation>  %1: jetzt %2, längste %3%4</translation>
    </message>
    <message>
        <source>Check-ins: %1 opened, %2 answered by both</source>
        <translation>Check-ins: %1 geöffnet, %2 von beiden beantwortet</translation>
    </message>
    <message>
        <source>Ratings, average of the last 4 / last 12 check-ins:</source>
        <translation>Bewertungen, Durchschnitt der letzten 4 / letzten 12 Check-ins:</translation>
    </message>
    <message>
        <source>Entry counts, writing streaks and check-in rating trends.</source>
        <translation>Zahl der Einträge, Schreibserien und Verlauf der Check-in-Bewertungen.</translation>
    </message>
    <message>
        <source>, last wrote %1</source>
        <translation>, zuletzt geschrieben am %1</translation>
    </message>
</context>
<context>
    <name>StreamingFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; it would be overwritten, so nothing was written.</source>
        <translation>%1 gibt es schon; die Datei würde überschrieben, also wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ThemeChoiceImport</name>
    <message>
        <source>Theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>The theme %1</source>
        <translation>Das Thema %1</translation>
    </message>
    <message>
        <source>%1: %2&apos;s choice must be &quot;yes&quot; or &quot;not-now&quot;.</source>
        <translation>%1: Die Wahl von %2 muss &quot;yes&quot; oder &quot;not-now&quot; sein.</translation>
    </message>
    <message>
        <source>%1 has two choices by %2.</source>
        <translation>%1 hat zwei Wahlen von %2.</translation>
    </message>
    <message>
        <source>Theme %1 (%2) appears twice in the file.</source>
        <translation>Thema %1 (%2) kommt in der Datei zweimal vor.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This is the other partner&apos;s private writing.</source>
        <translation>Das sind private Texte des anderen Partners.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>Locked after %n minutes away.</source>
        <translation>
            <numerusform>Nach %n Minute Abwesenheit gesperrt.</numerusform>
            <numerusform>Nach %n Minuten Abwesenheit gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>Locked because the journal&apos;s keys were changed elsewhere, in another window or with twofold-cli. Unlock again to go on.</source>
        <translation>Gesperrt, weil die Schlüssel des Tagebuchs anderswo geändert wurden, in einem anderen Fenster oder mit twofold-cli. Entsperr es wieder, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Your draft is safe.</source>
        <translation>Dein Entwurf ist sicher.</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Wähl, wer du bist.</translation>
    </message>
    <message>
        <source>Hello %1. Type your passphrase to come in.</source>
        <translation>Hallo %1. Gib deine Passphrase ein, um hineinzukommen.</translation>
    </message>
    <message>
        <source>Hello %1. You haven&apos;t set a passphrase, so the journal opens straight away.</source>
        <translation>Hallo %1. Du hast keine Passphrase gesetzt, also öffnet sich das Tagebuch sofort.</translation>
    </message>
    <message>
        <source>That passphrase isn&apos;t right. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase stimmt nicht. Prüf die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your old one and your old recovery code stop working.</source>
        <translation>Wähl eine neue Passphrase. Deine alte und dein alter Wiederherstellungscode gelten dann nicht mehr.</translation>
    </message>
    <message>
        <source>With a passphrase, nobody who gets hold of the file can read your private writing. This takes a moment.</source>
        <translation>Mit einer Passphrase kann niemand, der an die Datei kommt, deine privaten Texte lesen. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Only you can read this. Your partner won&apos;t see it, not even in search.</source>
        <translation>Nur du kannst das lesen. Dein Partner sieht es nicht, nicht einmal in der Suche.</translation>
    </message>
    <message>
        <source>Only you can read this. %1 won&apos;t see it, not even in search.</source>
        <translation>Nur du kannst das lesen. %1 sieht es nicht, nicht einmal in der Suche.</translation>
    </message>
    <message>
        <source>A PDF isn&apos;t locked: anyone who opens the file can read it.</source>
        <translation>Ein PDF ist nicht gesperrt: Wer die Datei öffnet, kann sie lesen.</translation>
    </message>
    <message>
        <source>Locked again. Your recovery code opens the journal only to choose a new passphrase; it still works for that.</source>
        <translation>Wieder gesperrt. Dein Wiederherstellungscode öffnet das Tagebuch nur, um eine neue Passphrase zu wählen; dafür gilt er weiterhin.</translation>
    </message>
    <message>
        <source>You came in with your recovery code, which opens the journal only to choose a new passphrase. Once you have, the old code stops working and you&apos;ll get a new one to keep.</source>
        <translation>Du bist mit deinem Wiederherstellungscode hereingekommen. Er öffnet das Tagebuch nur, um eine neue Passphrase zu wählen. Danach gilt der alte Code nicht mehr, und du bekommst einen neuen zum Aufbewahren.</translation>
    </message>
    <message>
        <source>%1 · imported by %2</source>
        <translation>%1 · importiert von %2</translation>
    </message>
    <message>
        <source>%1 — not verified as %2&apos;s</source>
        <translation>%1 — nicht als von %2 bestätigt</translation>
    </message>
    <message>
        <source>Locked when your screen locked.</source>
        <translation>Gesperrt, als dein Bildschirm gesperrt wurde.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>it is not a readable zip archive (%1).</source>
        <translation>es ist kein lesbares Zip-Archiv (%1).</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than %2 MiB.</source>
        <translation>%1 im Archiv ist größer als %2 MiB.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>standard input cannot be read.</source>
        <translation>die Standardeingabe lässt sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>twofold::core::PromptLibrary</name>
    <message>
        <source>This one may touch something tender. It&apos;s fine to skip it, or to take it slowly; a counsellor can help with what&apos;s hard to talk about alone.</source>
        <translation>Diese Frage kann etwas Empfindliches berühren. Ihr dürft sie überspringen oder euch Zeit lassen; bei dem, worüber man allein schwer reden kann, kann eine Beratung helfen.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::AnswerView</name>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Deine Antwort, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>Meine Antwort speichern</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Partner</translation>
    </message>
    <message>
        <source>You&apos;ve both answered — here&apos;s what you each wrote.</source>
        <translation>Ihr habt beide geantwortet — hier ist, was jede und jeder von euch geschrieben hat.</translation>
    </message>
    <message>
        <source>Sealed until you both answer. Waiting for %1; you can still change yours.</source>
        <translation>Versiegelt, bis ihr beide antwortet. Es fehlt noch %1; deine kannst du noch ändern.</translation>
    </message>
    <message>
        <source>%1 has answered. Yours is waiting whenever you&apos;re ready; you&apos;ll see each other&apos;s answers once you&apos;ve both written.</source>
        <translation>%1 hat geantwortet. Deine Antwort hat Zeit, bis du so weit bist; ihr seht eure Antworten, sobald ihr beide geschrieben habt.</translation>
    </message>
    <message>
        <source>Answer in your own time. %1 sees your answer once you&apos;ve both written.</source>
        <translation>Antworte, wann es dir passt. %1 sieht deine Antwort, sobald ihr beide geschrieben habt.</translation>
    </message>
    <message>
        <source>An answer needs a few words.</source>
        <translation>Eine Antwort braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Only you see your favourites</source>
        <translation>Deine Favoriten siehst nur du</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change your prompt; possible until one of you answers it</source>
        <translation>Deine Frage ändern; geht, bis eine oder einer von euch sie beantwortet</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this prompt for both of you? Its words can&apos;t be brought back.</source>
        <translation>Diese Frage für euch beide löschen? Ihr Wortlaut lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>geschrieben von %1</translation>
    </message>
    <message>
        <source>★ A favourite</source>
        <translation>★ Ein Favorit</translation>
    </message>
    <message>
        <source>☆ Keep as a favourite</source>
        <translation>☆ Als Favorit behalten</translation>
    </message>
    <message>
        <source>A favourite; press to let it go</source>
        <translation>Ein Favorit; drücken, um ihn loszulassen</translation>
    </message>
    <message>
        <source>Keep as a favourite</source>
        <translation>Als Favorit behalten</translation>
    </message>
</context>
<context>
    <name>twofold::ui::BackupSettings</name>
    <message>
        <source>Beside the journal</source>
        <translation>Neben dem Tagebuch</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Aufbewahrte wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>Twofold copies your journal once a day when you unlock, and keeps the first copy of each week as a weekly one. The copies are as locked as the journal.</source>
        <translation>Twofold kopiert euer Tagebuch einmal am Tag beim Entsperren und behält die erste Kopie jeder Woche als wöchentliche. Die Kopien sind genauso verschlossen wie das Tagebuch.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>twofold::ui::CheckInPage</name>
    <message>
        <source>Past weeks</source>
        <translation>Frühere Wochen</translation>
    </message>
    <message>
        <source>Past weeks&apos; check-ins, newest first</source>
        <translation>Check-ins früherer Wochen, neueste zuerst</translation>
    </message>
    <message>
        <source>Submit my part</source>
        <translation>Meinen Teil abgeben</translation>
    </message>
    <message>
        <source>What we&apos;ll try</source>
        <translation>Was wir versuchen</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Partner</translation>
    </message>
    <message>
        <source>This week&apos;s check-in</source>
        <translation>Der Check-in dieser Woche</translation>
    </message>
    <message>
        <source>How did it go? Last time you agreed to try: %1</source>
        <translation>Wie ist es gelaufen? Letztes Mal wolltet ihr versuchen: %1</translation>
    </message>
    <message>
        <source>You&apos;ve both done your part: both are now visible to both of you. Sit together and go through them.</source>
        <translation>Ihr habt beide euren Teil gemacht: Jetzt seht ihr beide Teile gemeinsam. Setzt euch zusammen und geht sie durch.</translation>
    </message>
    <message>
        <source>You&apos;ve submitted your part. Waiting for %1; you can still change yours.</source>
        <translation>Du hast deinen Teil abgegeben. Es fehlt noch %1; deinen kannst du noch ändern.</translation>
    </message>
    <message>
        <source>Update my part</source>
        <translation>Meinen Teil ändern</translation>
    </message>
    <message>
        <source>%1 has done their part. Yours is waiting whenever you&apos;re ready.</source>
        <translation>%1 hat den eigenen Teil gemacht. Deiner hat Zeit, bis du so weit bist.</translation>
    </message>
    <message>
        <source>About ten quiet minutes, each of you on your own first. You can fill it in during the week and change it until you&apos;ve both submitted.</source>
        <translation>Etwa zehn ruhige Minuten, zuerst jede und jeder für sich. Ihr könnt ihn im Lauf der Woche ausfüllen und ändern, bis ihr beide abgegeben habt.</translation>
    </message>
    <message>
        <source>%1 · not both in</source>
        <translation>%1 · nicht beide dabei</translation>
    </message>
    <message>
        <source>The average of each partner&apos;s ratings that week. Enter opens it.</source>
        <translation>Der Durchschnitt der Bewertungen jedes Partners in dieser Woche. Eingabe öffnet ihn.</translation>
    </message>
    <message>
        <source>The check-in of %1</source>
        <translation>Der Check-in vom %1</translation>
    </message>
    <message>
        <source>Not both parts came in that week, so neither is shown.</source>
        <translation>In dieser Woche kamen nicht beide Teile zusammen, deshalb wird keiner gezeigt.</translation>
    </message>
    <message>
        <source>A past week, as you both left it.</source>
        <translation>Eine frühere Woche, so wie ihr sie beide hinterlassen habt.</translation>
    </message>
    <message>
        <source>Your part is shared writing: once you&apos;ve both submitted, it&apos;s shown to both of you together. It isn&apos;t a secret from %1 — private entries are for that.</source>
        <translation>Dein Teil ist geteiltes Schreiben: Sobald ihr beide abgegeben habt, seht ihr ihn gemeinsam. Er ist kein Geheimnis vor %1 — dafür sind private Einträge da.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ColourSwatches</name>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Coral</source>
        <translation>Koralle</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Ochre</source>
        <translation>Ocker</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rosé</translation>
    </message>
    <message>
        <source>Pine</source>
        <translation>Tanne</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Deine Farbe</translation>
    </message>
    <message>
        <source>%1 is your partner&apos;s</source>
        <translation>%1 gehört deinem Partner</translation>
    </message>
</context>
<context>
    <name>twofold::ui::DraftBanner</name>
    <message>
        <source>Unfinished writing</source>
        <translation>Unfertiger Text</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved draft</source>
        <translation>Den ungespeicherten Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: bring the draft back</source>
        <translation>Rückgängig: den Entwurf zurückholen</translation>
    </message>
    <message>
        <source>You have unsaved changes to “%1” from %2.</source>
        <translation>Du hast ungespeicherte Änderungen an „%1“ vom %2.</translation>
    </message>
    <message>
        <source>You have an unsaved draft from %1: “%2”.</source>
        <translation>Du hast einen ungespeicherten Entwurf vom %1: „%2“.</translation>
    </message>
    <message>
        <source>Continue the unsaved draft from %1</source>
        <translation>Den ungespeicherten Entwurf vom %1 weiterschreiben</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück dahin, wo du warst (Esc)</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Neuer</translation>
    </message>
    <message>
        <source>The next entry up in the journal (Alt+Up)</source>
        <translation>Der nächste Eintrag weiter oben im Tagebuch (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>The next entry down in the journal (Alt+Down)</source>
        <translation>Der nächste Eintrag weiter unten im Tagebuch (Alt+Runter)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation>Text des Eintrags (Markdown)</translation>
    </message>
    <message>
        <source>What happened today? How do you feel about it?</source>
        <translation>Was ist heute passiert? Wie geht es dir damit?</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <translation>Diesen Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Stand des Entwurfs</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save the entry (%1)</source>
        <translation>Den Eintrag speichern (%1)</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Den Eintrag speichern</translation>
    </message>
    <message>
        <source>Shared or only me</source>
        <translation>Geteilt oder nur ich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Newer entry</source>
        <translation>Neuerer Eintrag</translation>
    </message>
    <message>
        <source>Older entry</source>
        <translation>Älterer Eintrag</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>%1&apos;s entry</source>
        <translation>Eintrag von %1</translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Draft from %1 restored</source>
        <translation>Entwurf vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The draft could not be stored: %1</source>
        <translation>Der Entwurf ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf gespeichert um %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date format (QLocale::toString): reorder or punctuate for your language</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>twofold::ui::EntryCalendar</name>
    <message>
        <source>Calendar of days with entries</source>
        <translation>Kalender der Tage mit Einträgen</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>twofold::ui::EntryGlance</name>
    <message>
        <source>%1, by %2 on %3. Open it.</source>
        <translation>%1, von %2 am %3. Zum Öffnen.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date format (QLocale::toString): reorder or punctuate for your language</comment>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ExportDialog</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add my private entries, marked as private</source>
        <translation>Meine privaten Einträge hinzufügen, als privat gekennzeichnet</translation>
    </message>
    <message>
        <source>Weekly check-ins you both submitted</source>
        <translation>Wöchentliche Check-ins, die ihr beide abgegeben habt</translation>
    </message>
    <message>
        <source>Conversations you both answered</source>
        <translation>Gespräche, die ihr beide beantwortet habt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export the journal as a PDF book</source>
        <translation>Das Tagebuch als PDF-Buch exportieren</translation>
    </message>
    <message>
        <source>Our journal</source>
        <translation>Unser Tagebuch</translation>
    </message>
    <message>
        <source>Optional, on the cover</source>
        <translation>Optional, auf dem Umschlag</translation>
    </message>
    <message>
        <source>At the end of each month</source>
        <translation>Am Ende jedes Monats</translation>
    </message>
    <message>
        <source>Once, at the end of the book</source>
        <translation>Einmal, am Ende des Buchs</translation>
    </message>
    <message>
        <source>No chart</source>
        <translation>Keine Grafik</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dedication</source>
        <translation>Widmung</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Mit dabei</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsgrafik</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>Vorschau von Seite %1</translation>
    </message>
    <message>
        <source>Save the book as</source>
        <translation>Das Buch speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Laying out the book…</source>
        <translation>Das Buch wird gesetzt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Saved a %n-page book to %1.</source>
        <translation>
            <numerusform>Ein Buch mit %n Seite unter %1 gespeichert.</numerusform>
            <numerusform>Ein Buch mit %n Seiten unter %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::ui::HandOverPage</name>
    <message>
        <source>Now your partner&apos;s turn</source>
        <translation>Jetzt ist dein Partner dran</translation>
    </message>
    <message>
        <source>Pass the keyboard to your partner. %1, look away for a moment.</source>
        <translation>Gib die Tastatur an deinen Partner weiter. %1, schau kurz weg.</translation>
    </message>
    <message>
        <source>I&apos;m here — go on</source>
        <translation>Ich bin da — weiter</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Pass the keyboard back to %1. %2, look away for a moment.</source>
        <translation>Gib die Tastatur an %1 zurück. %2, schau kurz weg.</translation>
    </message>
    <message>
        <source>I&apos;m %1 — go on</source>
        <translation>Ich bin %1 — weiter</translation>
    </message>
</context>
<context>
    <name>twofold::ui::HeaderBar</name>
    <message>
        <source>Search entries, answers and check-ins</source>
        <translation>Einträge, Antworten und Check-ins durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot; or prefix* (%1)</source>
        <translation>Wörter, &quot;Wortgruppen&quot; oder Anfang* (%1)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Write a new reflection (%1)</source>
        <translation>Einen neuen Eintrag schreiben (%1)</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>Main menu (F10)</source>
        <translation>Hauptmenü (F10)</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Bring your entries from another journal app. They become yours, and stay private unless you choose to share them. Importing the same file again adds nothing.</source>
        <translation>Hol deine Einträge aus einer anderen Tagebuch-App. Sie werden deine und bleiben privat, bis du sie teilst. Dieselbe Datei noch einmal zu importieren, fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>jrnl (jrnl --export json)</source>
        <translation>jrnl (jrnl --export json)</translation>
    </message>
    <message>
        <source>Day One (JSON export, .zip or .json)</source>
        <translation>Day One (JSON-Export, .zip oder .json)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Who reads them</source>
        <translation>Wer sie liest</translation>
    </message>
    <message>
        <source>Twofold keeps words only: photos and other media are named in the text, not imported.</source>
        <translation>Twofold übernimmt nur Worte: Fotos und andere Medien werden im Text genannt, nicht importiert.</translation>
    </message>
    <message>
        <source>Day One export (*.zip *.json)</source>
        <translation>Day-One-Export (*.zip *.json)</translation>
    </message>
    <message>
        <source>jrnl export (*.json)</source>
        <translation>jrnl-Export (*.json)</translation>
    </message>
    <message>
        <source>Nothing new: every entry of this file is already in the journal.</source>
        <translation>Nichts Neues: Jeder Eintrag dieser Datei ist schon im Tagebuch.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n Eintrag importiert.</numerusform>
            <numerusform>%n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without any words were left out.</source>
        <translation>
            <numerusform>%n Eintrag ohne Worte wurde ausgelassen.</numerusform>
            <numerusform>%n Einträge ohne Worte wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::ui::JournalPage</name>
    <message>
        <source>Show entries by</source>
        <translation>Einträge zeigen von</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Show entries with the tag</source>
        <translation>Einträge mit dem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Show entries with the mood</source>
        <translation>Einträge mit der Stimmung zeigen</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>Show shared or private entries</source>
        <translation>Geteilte oder private Einträge zeigen</translation>
    </message>
    <message>
        <source>Shared and private</source>
        <translation>Geteilt und privat</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Nur geteilt</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Nur privat</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Show every day again</source>
        <translation>Wieder alle Tage zeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation>Den ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>Showing %1 — show all days</source>
        <translation>Gezeigt: %1 — alle Tage zeigen</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Uns beiden</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No entries here yet. Press Ctrl+N to write one.</source>
        <translation>Hier gibt es noch keine Einträge. Mit Strg+N schreibst du einen.</translation>
    </message>
    <message>
        <source>Entries in the trash, newest first</source>
        <translation>Einträge im Papierkorb, neueste zuerst</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected entry</source>
        <translation>Den ausgewählten Eintrag wiederherstellen</translation>
    </message>
    <message>
        <source>Move the selected entry to the trash</source>
        <translation>Den ausgewählten Eintrag in den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>twofold::ui::MainWindow</name>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Moved to trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>“%1” moved to trash.</source>
        <translation>„%1“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Your themes…</source>
        <translation>Deine Themen…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+?</source>
        <translation>Ctrl+?</translation>
    </message>
    <message>
        <source>About Twofold</source>
        <translation>Über Twofold</translation>
    </message>
    <message>
        <source>Open the main menu</source>
        <translation>Das Hauptmenü öffnen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twofold %1&lt;/h3&gt;&lt;p&gt;A private journal for the two of you: daily reflections, a weekly check-in and prompts to talk about.&lt;/p&gt;&lt;p&gt;What you write stays in one file on this computer, sealed with your own keys.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twofold %1&lt;/h3&gt;&lt;p&gt;Ein privates Tagebuch für euch zwei: tägliche Einträge, ein wöchentlicher Check-in und Fragen, über die ihr reden könnt.&lt;/p&gt;&lt;p&gt;Was ihr schreibt, bleibt in einer Datei auf diesem Computer, versiegelt mit euren eigenen Schlüsseln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Du bist dran</translation>
    </message>
</context>
<context>
    <name>twofold::ui::MoodPicker</name>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PartnerChip</name>
    <message>
        <source>%1 — your menu</source>
        <translation>%1 — dein Menü</translation>
    </message>
    <message>
        <source>Here as %1</source>
        <translation>Hier als %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>The journal is locked</source>
        <translation>Das Tagebuch ist gesperrt</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PartnerFields</name>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>The name your partner calls you</source>
        <translation>Der Name, mit dem dein Partner dich anspricht</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Deine Farbe</translation>
    </message>
    <message>
        <source>Strongly suggested</source>
        <translation>Sehr empfohlen</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase again</source>
        <translation>Deine Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Your partner will know you by a name: please type one.</source>
        <translation>Dein Partner kennt dich unter einem Namen: Bitte gib einen ein.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it once more in both fields.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Gib sie in beiden Feldern noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PartnerTurnPage</name>
    <message>
        <source>Only you will know it. If it&apos;s ever forgotten, your own recovery code gets you back in; you&apos;ll see it in a moment, on your own.</source>
        <translation>Nur du kennst sie. Falls du sie je vergisst, bringt dich dein eigener Wiederherstellungscode wieder hinein; du siehst ihn gleich, für dich allein.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets hold of the file can read what you write, even what you keep to yourself. You can add one later.</source>
        <translation>Ohne Passphrase kann jeder, der an die Datei kommt, lesen, was du schreibst, auch was du für dich behältst. Du kannst später eine hinzufügen.</translation>
    </message>
    <message>
        <source>Create our journal</source>
        <translation>Unser Tagebuch anlegen</translation>
    </message>
    <message>
        <source>One of you first</source>
        <translation>Eine oder einer von euch zuerst</translation>
    </message>
    <message>
        <source>Your name, the colour that marks what you write, and a passphrase only you know. Your partner, look away for a moment.</source>
        <translation>Dein Name, die Farbe, die zeigt, was du schreibst, und eine Passphrase, die nur du kennst. Dein Partner schaut kurz weg.</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Du bist dran</translation>
    </message>
    <message>
        <source>%1 has done their part. Now your name, your colour and your own passphrase.</source>
        <translation>%1 ist fertig. Jetzt dein Name, deine Farbe und deine eigene Passphrase.</translation>
    </message>
    <message>
        <source>%1 already has that name. Choose one your partner can tell apart.</source>
        <translation>%1 hat schon diesen Namen. Wähl einen, den dein Partner unterscheiden kann.</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Euer Tagebuch wird angelegt…</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PassphraseDialog</name>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Passphrase setzen</translation>
    </message>
    <message>
        <source>Your new recovery code. It replaces the old one, is shown this once and is never stored: print it or save it as a PDF and keep it somewhere safe.</source>
        <translation>Dein neuer Wiederherstellungscode. Er ersetzt den alten, wird nur dieses eine Mal gezeigt und nirgends gespeichert: Druck ihn aus oder speicher ihn als PDF und bewahr ihn sicher auf.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>I have stored the recovery code somewhere safe</source>
        <translation>Ich habe den Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Den Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF ließ sich nicht nach %1 schreiben.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Type the new passphrase.</source>
        <translation>Gib die neue Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Die Passphrase wird gesetzt…</translation>
    </message>
    <message>
        <source>Cancel and lock</source>
        <translation>Abbrechen und sperren</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PromptCard</name>
    <message>
        <source>Today&apos;s prompt</source>
        <translation>Die Frage des Tages</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Write a reflection about today&apos;s prompt</source>
        <translation>Einen Eintrag zur Frage des Tages schreiben</translation>
    </message>
    <message>
        <source>Answer today&apos;s prompt</source>
        <translation>Die Frage des Tages beantworten</translation>
    </message>
    <message>
        <source>One of your own prompts · %1</source>
        <translation>Eine eurer eigenen Fragen · %1</translation>
    </message>
    <message>
        <source>Today&apos;s prompt: %1</source>
        <translation>Die Frage des Tages: %1</translation>
    </message>
    <message>
        <source>No prompt today: %1</source>
        <translation>Heute keine Frage: %1</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PromptEditorDialog</name>
    <message>
        <source>Change your prompt</source>
        <translation>Deine Frage ändern</translation>
    </message>
    <message>
        <source>Write a prompt</source>
        <translation>Eine Frage schreiben</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Partner</translation>
    </message>
    <message>
        <source>A question for the two of you, in your own words. %1 finds it in Prompts too; you can change or delete it until one of you answers it.</source>
        <translation>Eine Frage für euch zwei, in deinen eigenen Worten. %1 findet sie auch unter Fragen; du kannst sie ändern oder löschen, bis eine oder einer von euch sie beantwortet.</translation>
    </message>
    <message>
        <source>Your prompt</source>
        <translation>Deine Frage</translation>
    </message>
    <message>
        <source>What would you like to ask each other?</source>
        <translation>Was möchtet ihr einander fragen?</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>twofold::ui::PromptsPage</name>
    <message>
        <source>Show prompts of the theme</source>
        <translation>Fragen des Themas zeigen</translation>
    </message>
    <message>
        <source>Show prompts of the depth</source>
        <translation>Fragen der Tiefe zeigen</translation>
    </message>
    <message>
        <source>Any depth</source>
        <translation>Jede Tiefe</translation>
    </message>
    <message>
        <source>Your themes…</source>
        <translation>Deine Themen…</translation>
    </message>
    <message>
        <source>Choose what you&apos;d like prompts about</source>
        <translation>Wähl, worüber du Fragen bekommen möchtest</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Prompts about desire and sex stay folded away until you have both opened them, each on your own.</source>
        <translation>Fragen über Lust und Sex bleiben eingeklappt, bis ihr sie beide geöffnet habt, jede und jeder für sich.</translation>
    </message>
    <message>
        <source>Every theme you both chose</source>
        <translation>Alle gewählten Themen</translation>
    </message>
    <message>
        <source>You&apos;ve both answered</source>
        <translation>Ihr habt beide geantwortet</translation>
    </message>
    <message>
        <source>You&apos;ve answered · sealed until you both have</source>
        <translation>Du hast geantwortet · versiegelt, bis ihr beide geantwortet habt</translation>
    </message>
    <message>
        <source>Show only your favourites</source>
        <translation>Nur deine Favoriten zeigen</translation>
    </message>
    <message>
        <source>Only your favourites</source>
        <translation>Nur deine Favoriten</translation>
    </message>
    <message>
        <source>Write a prompt…</source>
        <translation>Eine Frage schreiben…</translation>
    </message>
    <message>
        <source>A question of your own for the two of you</source>
        <translation>Eine eigene Frage für euch zwei</translation>
    </message>
</context>
<context>
    <name>twofold::ui::RatingRow</name>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
    <message>
        <source>0–3: %1  ·  4–6: %2  ·  7–10: %3</source>
        <translation>0–3: %1  ·  4–6: %2  ·  7–10: %3</translation>
    </message>
</context>
<context>
    <name>twofold::ui::RecoveryKit</name>
    <message>
        <source>%1&apos;s Twofold recovery code</source>
        <translation>Twofold-Wiederherstellungscode von %1</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from your partner&apos;s. It opens the journal the way your passphrase does.</source>
        <translation>Bewahr diese Seite an einem sicheren, privaten Ort auf, getrennt von der deines Partners. Sie öffnet das Tagebuch so, wie es deine Passphrase tut.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Gedruckt am %1.</translation>
    </message>
    <message>
        <source>Print your recovery code</source>
        <translation>Deinen Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>Twofold recovery code</source>
        <translation>Twofold-Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>twofold::ui::RecoveryPage</name>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print your recovery code</source>
        <translation>Deinen Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save your recovery code as a PDF</source>
        <translation>Deinen Wiederherstellungscode als PDF speichern</translation>
    </message>
    <message>
        <source>Type groups 2 and 5 of your code to confirm</source>
        <translation>Gib zur Bestätigung die Gruppen 2 und 5 deines Codes ein</translation>
    </message>
    <message>
        <source>Groups 2 and 5 of your recovery code</source>
        <translation>Gruppen 2 und 5 deines Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>I&apos;ve stored my recovery code somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Deinen Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF ließ sich nicht nach %1 schreiben.</translation>
    </message>
    <message>
        <source>%1&apos;s recovery kit</source>
        <translation>Wiederherstellungsset von %1</translation>
    </message>
    <message>
        <source>%1&apos;s recovery code</source>
        <translation>Wiederherstellungscode von %1</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way back in. It&apos;s shown this once and never stored: print it or save it, and keep it somewhere only you know.</source>
        <translation>Wenn du deine Passphrase je vergisst, ist dieser Code der einzige Weg zurück. Er wird nur dieses eine Mal gezeigt und nirgends gespeichert: Druck ihn aus oder speicher ihn und bewahr ihn dort auf, wo nur du ihn findest.</translation>
    </message>
    <message>
        <source>You didn&apos;t set a passphrase, so there&apos;s no recovery code to keep. You can add a passphrase at any time from your menu.</source>
        <translation>Du hast keine Passphrase gesetzt, also gibt es keinen Wiederherstellungscode aufzubewahren. Über dein Menü kannst du jederzeit eine Passphrase hinzufügen.</translation>
    </message>
    <message>
        <source>Prompts about desire and sex stay folded away for now. Each of you can open them later, on your own; they appear once you both have.</source>
        <translation>Fragen über Lust und Sex bleiben vorerst eingeklappt. Jede und jeder von euch kann sie später für sich öffnen; sie erscheinen, sobald ihr es beide getan habt.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReminderFields</name>
    <message>
        <source>Remind me to write each day at</source>
        <translation>Erinner mich jeden Tag ans Schreiben um</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Uhrzeit der täglichen Erinnerung</translation>
    </message>
    <message>
        <source>Remind me of our check-in on</source>
        <translation>Erinner mich an unseren Check-in am</translation>
    </message>
    <message>
        <source>Day of the check-in reminder</source>
        <translation>Tag der Check-in-Erinnerung</translation>
    </message>
    <message>
        <source>Time of the check-in reminder</source>
        <translation>Uhrzeit der Check-in-Erinnerung</translation>
    </message>
    <message>
        <source>While Twofold is open. A reminder says only what it&apos;s for — never a word of what you wrote.</source>
        <translation>Solange Twofold offen ist. Eine Erinnerung sagt nur, wofür sie ist — nie ein Wort von dem, was du geschrieben hast.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::Reminders</name>
    <message>
        <source>Time for today&apos;s reflection</source>
        <translation>Zeit für deinen heutigen Eintrag</translation>
    </message>
    <message>
        <source>Your weekly check-in</source>
        <translation>Euer wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>A few lines about your day, whenever you&apos;re ready.</source>
        <translation>Ein paar Zeilen über deinen Tag, wann immer du so weit bist.</translation>
    </message>
    <message>
        <source>Set aside a quiet moment for this week&apos;s check-in.</source>
        <translation>Nehmt euch einen ruhigen Moment für den Check-in dieser Woche.</translation>
    </message>
    <message>
        <source>Open Twofold</source>
        <translation>Twofold öffnen</translation>
    </message>
</context>
<context>
    <name>twofold::ui::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Diese Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Backing up the journal as it is now, then restoring the copy…</source>
        <translation>Das Tagebuch wird im jetzigen Stand gesichert, dann wird die Kopie wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There are no backups yet in %1. Twofold makes one each day you unlock.</source>
        <translation>In %1 gibt es noch keine Sicherungen. Twofold legt an jedem Tag, an dem ihr entsperrt, eine an.</translation>
    </message>
    <message>
        <source>Twofold keeps a copy of your journal each day in %1. Choose the one to go back to.</source>
        <translation>Twofold bewahrt jeden Tag eine Kopie eures Tagebuchs in %1 auf. Wähl die, zu der ihr zurückwollt.</translation>
    </message>
    <message>
        <source>Go back to the journal as it was on %1, with %2?

First, Twofold backs up the journal as it is now, so nothing written since is lost: you can come back to it from this list. Then the window locks, and each of you unlocks again.</source>
        <translation>Zurück zum Tagebuch, wie es am %1 war, mit %2?

Zuerst sichert Twofold das Tagebuch im jetzigen Stand, damit nichts verloren geht, was seitdem geschrieben wurde: Aus dieser Liste kommt ihr dorthin zurück. Dann sperrt sich das Fenster, und ihr entsperrt beide wieder.</translation>
    </message>
    <message>
        <source>Your journal is back as it was on %1, with %2. The journal as it was just before is kept as a backup too (%3). Each of you unlocks again to go on.</source>
        <translation>Euer Tagebuch ist wieder so, wie es am %1 war, mit %2. Der Stand von kurz davor ist ebenfalls als Sicherung aufbewahrt (%3). Entsperrt beide wieder, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>twofold::ui::SearchPage</name>
    <message>
        <source>Search entries, answers and check-ins — words, &quot;phrases&quot;, prefix*</source>
        <translation>Einträge, Antworten und Check-ins durchsuchen — Wörter, &quot;Wortgruppen&quot;, Anfang*</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stand der Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Preparing search… %1 of %2</source>
        <translation>Die Suche wird vorbereitet… %1 von %2</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>Die Suche wird vorbereitet…</translation>
    </message>
    <message>
        <source>Type to search everything you can read.</source>
        <translation>Tipp, um alles zu durchsuchen, was du lesen kannst.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>twofold::ui::SearchResultsModel</name>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Prompt answer</source>
        <translation>Antwort auf eine Frage</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>twofold::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Sperren bei Inaktivität</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Add a passphrase…</source>
        <translation>Passphrase hinzufügen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Locking wipes the keys from memory; unlocking again takes your passphrase.</source>
        <translation>Sperren löscht die Schlüssel aus dem Speicher; zum Entsperren brauchst du wieder deine Passphrase.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>%1 sees you by this name and colour, and chooses their own.</source>
        <translation>%1 sieht dich unter diesem Namen und dieser Farbe und wählt eigene.</translation>
    </message>
    <message>
        <source>Your name and colour mark what you write.</source>
        <translation>Dein Name und deine Farbe kennzeichnen, was du schreibst.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>This journal&apos;s file</source>
        <translation>Die Datei dieses Tagebuchs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Ein anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Twofold journal (*.twofold)</source>
        <translation>Twofold-Tagebuch (*.twofold)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>Der hellen oder dunklen Einstellung des Desktops folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>twofold::ui::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>twofold::ui::SingleInstance</name>
    <message>
        <source>%1 is already open in another Twofold window that is not answering; close that window, or wait a moment and try again.</source>
        <translation>%1 ist schon in einem anderen Twofold-Fenster offen, das nicht antwortet; schließ dieses Fenster oder warte einen Moment und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::SpeakerTurns</name>
    <message>
        <source>Whose turn</source>
        <translation>Wer dran ist</translation>
    </message>
    <message>
        <source>Timer for each speaking turn</source>
        <translation>Zeitmesser für jede Redezeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes for each speaking turn</source>
        <translation>Minuten für jede Redezeit</translation>
    </message>
    <message>
        <source>Time&apos;s up — finish your thought, then %1 sums up.</source>
        <translation>Die Zeit ist um — bring deinen Gedanken zu Ende, dann fasst %1 zusammen.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 speaks · %2 listens</source>
        <translation>%1 spricht · %2 hört zu</translation>
    </message>
    <message>
        <source>%1 didn&apos;t name an issue this week, and can answer %2&apos;s.</source>
        <translation>%1 hat diese Woche kein Thema genannt und kann auf das von %2 eingehen.</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 hat geschrieben: %2</translation>
    </message>
    <message>
        <source>%1, try “I feel … about … and I need …”, without blaming. %2, just listen for now: no answering back, no fixing.</source>
        <translation>%1, versuch es mit „Ich fühle mich … wegen … und ich brauche …“, ohne Vorwürfe. %2, hör erst einmal nur zu: keine Widerrede, keine Lösungen.</translation>
    </message>
    <message>
        <source>%1 sums up</source>
        <translation>%1 fasst zusammen</translation>
    </message>
    <message>
        <source>%1 sums up what they heard</source>
        <translation>%1 fasst zusammen, was angekommen ist</translation>
    </message>
    <message>
        <source>%1, say back in your own words what %2 said and what they need. %2, say whether that&apos;s it.</source>
        <translation>%1, sag in deinen eigenen Worten, was %2 gesagt hat und was %2 braucht. %2, sag, ob es das ist.</translation>
    </message>
    <message>
        <source>That&apos;s it — swap roles</source>
        <translation>Das ist es — Rollen tauschen</translation>
    </message>
    <message>
        <source>That&apos;s it — we&apos;ve both been heard</source>
        <translation>Das ist es — wir sind beide gehört worden</translation>
    </message>
    <message>
        <source>Not quite — %1 says more</source>
        <translation>Noch nicht ganz — %1 sagt mehr</translation>
    </message>
    <message>
        <source>You&apos;ve both been heard.</source>
        <translation>Ihr seid beide gehört worden.</translation>
    </message>
    <message>
        <source>If something came up you&apos;d like to try, you can write it down in the last step.</source>
        <translation>Wenn sich etwas ergeben hat, das ihr ausprobieren möchtet, könnt ihr es im letzten Schritt aufschreiben.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TagEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>twofold::ui::ThemesDialog</name>
    <message>
        <source>Your themes</source>
        <translation>Deine Themen</translation>
    </message>
    <message>
        <source>Choose what you&apos;d like prompts about. A theme&apos;s prompts are offered once you&apos;ve both said yes; %1 never sees what you chose, only that a theme is open for both of you. You can change your mind at any time.</source>
        <translation>Wähl, worüber du Fragen bekommen möchtest. Fragen aus einem Thema kommen, sobald ihr beide Ja gesagt habt; %1 sieht nie, was du gewählt hast, nur dass ein Thema für euch beide offen ist. Du kannst es dir jederzeit anders überlegen.</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Partner</translation>
    </message>
    <message>
        <source>About sex and desire: folded away until each of you opens it, on your own.</source>
        <translation>Über Sex und Lust: eingeklappt, bis jede und jeder von euch es für sich öffnet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open for both of you.</source>
        <translation>Offen für euch beide.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TimelineDelegate</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date format (QLocale::toString): reorder or punctuate for your language</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TimelineModel</name>
    <message>
        <source>%1, by %2%3: %4</source>
        <translation>%1, von %2%3: %4</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TodayPage</name>
    <message>
        <source>Your day</source>
        <translation>Dein Tag</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Noch einen schreiben</translation>
    </message>
    <message>
        <source>Write another reflection today</source>
        <translation>Heute noch einen Eintrag schreiben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Write today&apos;s reflection</source>
        <translation>Den heutigen Eintrag schreiben</translation>
    </message>
    <message>
        <source>Start today&apos;s entry (%1)</source>
        <translation>Den heutigen Eintrag beginnen (%1)</translation>
    </message>
    <message>
        <source>This week&apos;s check-in</source>
        <translation>Der Check-in dieser Woche</translation>
    </message>
    <message>
        <source>Open the check-in</source>
        <translation>Den Check-in öffnen</translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Alle ansehen</translation>
    </message>
    <message>
        <source>On this day, a year ago</source>
        <translation>An diesem Tag vor einem Jahr</translation>
    </message>
    <message>
        <source>You wrote “%1” today.</source>
        <translation>Du hast heute „%1“ geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve written %n reflections today; the latest is “%1”.</source>
        <translation>
            <numerusform>Du hast heute %n Eintrag geschrieben: „%1“.</numerusform>
            <numerusform>Du hast heute %n Einträge geschrieben; der neueste ist „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <source>A few quiet minutes for yourself — and for the two of you.</source>
        <translation>Ein paar ruhige Minuten für dich — und für euch beide.</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row.</source>
        <translation>
            <numerusform>%n Tag in Folge.</numerusform>
            <numerusform>%n Tage in Folge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has done their part. Yours is waiting whenever you&apos;re ready.</source>
        <translation>%1 hat den eigenen Teil gemacht. Deiner hat Zeit, bis du so weit bist.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Partner</translation>
    </message>
    <message>
        <source>It&apos;s time for this week&apos;s check-in: about ten quiet minutes for the two of you.</source>
        <translation>Zeit für den Check-in dieser Woche: etwa zehn ruhige Minuten für euch beide.</translation>
    </message>
    <message>
        <source>%1&apos;s week</source>
        <translation>Die Woche von %1</translation>
    </message>
    <message>
        <source>See everything %1 shared</source>
        <translation>Alles ansehen, was %1 geteilt hat</translation>
    </message>
    <message>
        <source>When %1 shares a reflection, it&apos;ll appear here.</source>
        <translation>Wenn %1 einen Eintrag teilt, erscheint er hier.</translation>
    </message>
    <message>
        <source>On this day, a year ago · %1</source>
        <translation>An diesem Tag vor einem Jahr · %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>a date format (QLocale::toString): reorder or punctuate for your language</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TogetherFlow</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>You&apos;ve both done your part</source>
        <translation>Ihr habt beide euren Teil gemacht</translation>
    </message>
    <message>
        <source>From here on, both parts are visible to both of you: ratings, appreciations, the issue and the ask. Go through them when you&apos;re sitting together, with about half an hour and nothing else on.</source>
        <translation>Ab hier seht ihr beide alles: Bewertungen, Wertschätzung, das Thema und die Bitte. Geht sie durch, wenn ihr zusammensitzt, mit etwa einer halben Stunde Zeit und nichts anderem vor.</translation>
    </message>
    <message>
        <source>We&apos;re together now</source>
        <translation>Wir sitzen jetzt zusammen</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>Abwechselnd reden</translation>
    </message>
    <message>
        <source>Save what we&apos;ll try</source>
        <translation>Festhalten, was wir versuchen</translation>
    </message>
    <message>
        <source>Read them aloud to each other, one at a time.</source>
        <translation>Lest sie euch gegenseitig vor, eins nach dem anderen.</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TrendChart</name>
    <message>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <source>apart by %1</source>
        <translation>%1 auseinander</translation>
    </message>
    <message>
        <source>not both in</source>
        <translation>nicht beide dabei</translation>
    </message>
</context>
<context>
    <name>twofold::ui::TrendsPage</name>
    <message>
        <source>When you&apos;ve both done a check-in, your ratings show here week by week, a line each.</source>
        <translation>Wenn ihr beide einen Check-in gemacht habt, erscheinen eure Bewertungen hier Woche für Woche, eine Linie für jede und jeden.</translation>
    </message>
    <message>
        <source>Open the check-in</source>
        <translation>Den Check-in öffnen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show as charts</source>
        <translation>Als Grafiken zeigen</translation>
    </message>
    <message>
        <source>Show as tables</source>
        <translation>Als Tabellen zeigen</translation>
    </message>
    <message>
        <source>Check-in ratings, week by week</source>
        <translation>Check-in-Bewertungen, Woche für Woche</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Overall (each one&apos;s mean)</source>
        <translation>Insgesamt (jeweils der Mittelwert)</translation>
    </message>
    <message>
        <source>Ratings by week, newest first</source>
        <translation>Bewertungen nach Woche, neueste zuerst</translation>
    </message>
    <message>
        <source>Writing, month by month</source>
        <translation>Schreiben, Monat für Monat</translation>
    </message>
    <message>
        <source>Entries each month</source>
        <translation>Einträge pro Monat</translation>
    </message>
    <message>
        <source>Entries each month, a line for each of you</source>
        <translation>Einträge pro Monat, eine Linie für jede und jeden von euch</translation>
    </message>
    <message>
        <source>Mood each month (1 to 5, the mean of the entries with one)</source>
        <translation>Stimmung pro Monat (1 bis 5, der Mittelwert der Einträge mit Stimmung)</translation>
    </message>
    <message>
        <source>Mood each month, a line for each of you</source>
        <translation>Stimmung pro Monat, eine Linie für jede und jeden von euch</translation>
    </message>
    <message>
        <source>Entries and mood by month, newest first</source>
        <translation>Einträge und Stimmung nach Monat, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 by week, a line for each of you. Left and right move through the weeks; Enter opens that check-in.</source>
        <translation>%1 nach Woche, eine Linie für jede und jeden von euch. Links und rechts gehen durch die Wochen; Eingabe öffnet den Check-in dieser Woche.</translation>
    </message>
    <message>
        <source>A gap is a week you didn&apos;t both do.</source>
        <translation>Eine Lücke ist eine Woche, in der ihr nicht beide mitgemacht habt.</translation>
    </message>
    <message>
        <source>A gap is a week you didn&apos;t both do. Shaded: where you saw it most differently (%1).</source>
        <translation>Eine Lücke ist eine Woche, in der ihr nicht beide mitgemacht habt. Schattiert: wo ihr es am unterschiedlichsten gesehen habt (%1).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Apart by</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>not both in</source>
        <translation>nicht beide dabei</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>%1: entries</source>
        <translation>%1: Einträge</translation>
    </message>
    <message>
        <source>%1: mood</source>
        <translation>%1: Stimmung</translation>
    </message>
</context>
<context>
    <name>twofold::ui::UndoBar</name>
    <message>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>twofold::ui::UnlockPage</name>
    <message>
        <source>Who&apos;s here?</source>
        <translation>Wer ist da?</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Das Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Stand des Entsperrens</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Ich bin %1</translation>
    </message>
</context>
<context>
    <name>twofold::ui::VisibilityToggle</name>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Geteilt mit %1</translation>
    </message>
    <message>
        <source>Shared: your partner can read it</source>
        <translation>Geteilt: Dein Partner kann es lesen</translation>
    </message>
    <message>
        <source>Shared: %1 can read it</source>
        <translation>Geteilt: %1 kann es lesen</translation>
    </message>
    <message>
        <source>Only me: nobody else can read it, not even in search</source>
        <translation>Nur ich: Niemand sonst kann es lesen, nicht einmal in der Suche</translation>
    </message>
    <message>
        <source>Only you can read this entry</source>
        <translation>Nur du kannst diesen Eintrag lesen</translation>
    </message>
    <message>
        <source>Only you can read this. %1 won&apos;t see it, not even in search.</source>
        <translation>Nur du kannst das lesen. %1 sieht es nicht, nicht einmal in der Suche.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Partner</translation>
    </message>
</context>
<context>
    <name>twofold::ui::WelcomeStartPage</name>
    <message>
        <source>Twofold</source>
        <translation>Twofold</translation>
    </message>
    <message>
        <source>A private journal for the two of you: what each day was like, a check-in once a week, and prompts for the conversations that matter.</source>
        <translation>Ein privates Tagebuch für euch zwei: wie jeder Tag war, ein Check-in einmal pro Woche und Fragen für die Gespräche, auf die es ankommt.</translation>
    </message>
    <message>
        <source>What you write stays in one file on this computer, sealed with passphrases only the two of you know.</source>
        <translation>Was ihr schreibt, bleibt in einer Datei auf diesem Computer, versiegelt mit Passphrasen, die nur ihr beide kennt.</translation>
    </message>
    <message>
        <source>Where it&apos;s kept, or open another journal</source>
        <translation>Wo es liegt, oder ein anderes Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Create our journal here</source>
        <translation>Unser Tagebuch hier anlegen</translation>
    </message>
    <message>
        <source>Where the new journal is stored</source>
        <translation>Wo das neue Tagebuch gespeichert wird</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Choose where to store the new journal</source>
        <translation>Wählen, wo das neue Tagebuch gespeichert wird</translation>
    </message>
    <message>
        <source>Open a journal we already have</source>
        <translation>Ein Tagebuch öffnen, das wir schon haben</translation>
    </message>
    <message>
        <source>A .twofold file</source>
        <translation>Eine .twofold-Datei</translation>
    </message>
    <message>
        <source>The journal file to open</source>
        <translation>Die Tagebuchdatei, die geöffnet wird</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a journal file</source>
        <translation>Nach einer Tagebuchdatei suchen</translation>
    </message>
    <message>
        <source>Create our journal</source>
        <translation>Unser Tagebuch anlegen</translation>
    </message>
    <message>
        <source>Open this journal</source>
        <translation>Dieses Tagebuch öffnen</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>Twofold journal (*.twofold)</source>
        <translation>Twofold-Tagebuch (*.twofold)</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>There is already a file at %1. Open it instead, or choose another place.</source>
        <translation>Unter %1 gibt es schon eine Datei. Öffne sie stattdessen oder wähl einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>twofold::ui::WelcomeWizard</name>
    <message>
        <source>Welcome to Twofold</source>
        <translation>Willkommen bei Twofold</translation>
    </message>
</context>
<context>
    <name>twofold::ui::backupwords</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made: %1 Your journal itself is fine; Twofold tries again the next time you unlock.</source>
        <translation>Die heutige Sicherung wurde nicht erstellt: %1 Euer Tagebuch selbst ist in Ordnung; Twofold versucht es beim nächsten Entsperren noch einmal.</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
</TS>
