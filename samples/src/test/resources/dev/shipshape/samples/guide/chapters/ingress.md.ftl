[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
TODO
