<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExcelImportWizard</name>
    <message numerus="yes">
        <source>%n problem(s): fix them in the workbook and try again; nothing will be imported.</source>
        <translation>
            <numerusform>%n problem: fix it in the workbook and try again; nothing will be imported.</numerusform>
            <numerusform>%n problems: fix them in the workbook and try again; nothing will be imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
