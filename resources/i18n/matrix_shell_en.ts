<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n commitment(s) shown</source>
        <translation>
            <numerusform>{shown} of %n commitment shown</numerusform>
            <numerusform>{shown} of %n commitments shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message numerus="yes">
        <source>Delete the plan “{title}” with its %n commitment(s)? You can bring it back with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Delete the plan “{title}” with its %n commitment? You can bring it back with Edit &gt; Undo.</numerusform>
            <numerusform>Delete the plan “{title}” with its %n commitments? You can bring it back with Edit &gt; Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message numerus="yes">
        <source>Plan: {title} (%n commitment(s))</source>
        <translation>
            <numerusform>Plan: {title} (%n commitment)</numerusform>
            <numerusform>Plan: {title} (%n commitments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
