Hello [=name] — ${kept} {{ .Values.kept }}
[#list items as item][=item][#sep], [/#list]
