<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%n conflict(s): both values were kept and the later change is shown for now. Choose which to keep.</source>
        <translation>
            <numerusform>%n conflict: both values were kept and the later change is shown for now. Choose which to keep.</numerusform>
            <numerusform>%n conflicts: both values were kept and the later change is shown for now. Choose which to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} – %n commitment(s)</source>
        <translation>
            <numerusform>{name} – %n commitment</numerusform>
            <numerusform>{name} – %n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} was written for {name}: %n commitment(s) ({codes}).</source>
        <translation>
            <numerusform>{file} was written for {name}: %n commitment ({codes}).</numerusform>
            <numerusform>{file} was written for {name}: %n commitments ({codes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence file(s) stored.</source>
        <translation>
            <numerusform>%n new evidence file stored.</numerusform>
            <numerusform>%n new evidence files stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n change(s) in {file} differ from this project&apos;s own; nothing was overwritten.</source>
        <translation>
            <numerusform>The change in {file} differs from this project&apos;s own; nothing was overwritten.</numerusform>
            <numerusform>The %n changes in {file} differ from this project&apos;s own; nothing was overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n change(s) in {file} were already in this project; nothing changed.</source>
        <translation>
            <numerusform>The change in {file} was already in this project; nothing changed.</numerusform>
            <numerusform>The %n changes in {file} were already in this project; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed by the merge from {file}</source>
        <translation>
            <numerusform>%n row changed by the merge from {file}</numerusform>
            <numerusform>%n rows changed by the merge from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo &amp;merge of {file} and the %n edit(s) after it…</source>
        <translation>
            <numerusform>Undo &amp;merge of {file} and the edit after it…</numerusform>
            <numerusform>Undo &amp;merge of {file} and the %n edits after it…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n edit(s) made after the merge are undone too.</source>
        <translation>
            <numerusform>The edit made after the merge is undone too.</numerusform>
            <numerusform>The %n edits made after the merge are undone too.</numerusform>
        </translation>
    </message>
</context>
</TS>
