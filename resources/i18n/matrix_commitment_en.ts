<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EvidenceIn</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undo or redo step(s) folded into the change they undid or redid.</source>
        <translation>
            <numerusform>%n undo or redo step is folded into the change it undid or redid.</numerusform>
            <numerusform>%n undo or redo steps are folded into the change they undid or redid.</numerusform>
        </translation>
    </message>
</context>
</TS>
