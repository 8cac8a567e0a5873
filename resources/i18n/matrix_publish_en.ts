<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PublishAction</name>
    <message numerus="yes">
        <source>%n evidence file(s) were not published: nobody has marked them public yet (mark them in the commitment&apos;s evidence list).</source>
        <translation>
            <numerusform>%n evidence file was not published: nobody has marked it public yet (mark it in the commitment&apos;s evidence list).</numerusform>
            <numerusform>%n evidence files were not published: nobody has marked them public yet (mark them in the commitment&apos;s evidence list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) marked internal were not published.</source>
        <translation>
            <numerusform>%n evidence item marked internal was not published.</numerusform>
            <numerusform>%n evidence items marked internal were not published.</numerusform>
        </translation>
    </message>
</context>
</TS>
