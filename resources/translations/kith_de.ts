<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Kith cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n week ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n weeks ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Same as the system</source>
        <extracomment>Languages Kith ships, by code, with their names in their own language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Kith running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Kith when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort people by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time Kith starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: how often to keep in touch, by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln person is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln people are due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {names} and %Ln other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {names} and %Ln others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This desktop has no system tray, so Kith shows its reminders here, in the window, and closing the window quits Kith.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze everyone until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith keeps reminding you from the tray. Quit it from the tray menu, or turn this off in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
