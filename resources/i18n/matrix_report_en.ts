<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportAction</name>
    <message numerus="yes">
        <source>The report was saved as {path} (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>The report was saved as {path} (%n page). Open it now?</numerusform>
            <numerusform>The report was saved as {path} (%n pages). Open it now?</numerusform>
        </translation>
    </message>
</context>
</TS>
