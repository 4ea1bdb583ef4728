[#ftl]
[#-- Macros shared by the guide's pages; every excerpt comes from the Guide object. --]
[#--
  The source material's first code block after the line with `marker`, quoted exactly.
--]
[#macro lab marker]
[#local q = guide.lab(marker)]
*As the source material writes it (line [=q.line()]):*

```[=q.language()]
[=q.text()]```
[/#macro]
[#--
  A subsection of the source material ("Best Practices", "Concepts"), quoted.
--]
[#macro quote section heading]
[#list guide.subsection(section, heading) as line]
> [=line]
[/#list]
[/#macro]
[#--
  A sample: its define() method and the golden files `files` pick (glob[#key.path,…]), or
  its diagnostics.
--]
[#macro example name files=[]]
[#local ex = guide.example(name, files)]
<a id="sample-[=name]"></a>
Sample **`[=name]`**, [`[=ex.code().path()?keep_after_last("/")]`](../[=ex.code().path()]#L[=ex.code().line()]):

```java
[=ex.code().text()]```
[#list ex.files() as file]

[`[=file.path()]`](../[=file.path()])[#if file.keyPaths()?has_content] (excerpt)[/#if]:

```[=file.language()]
[=file.text()]```
[/#list]
[#if ex.diagnostics()?has_content]

What the build prints, and nothing is written ([`golden/[=name]/diagnostics.txt`](../golden/[=name]/diagnostics.txt)):

```text
[=ex.diagnostics()]```
[/#if]
[/#macro]
[#--
  A link to a sample's source.
--]
[#macro sample name][#local ex = guide.example(name, [])][`[=name]`](../[=ex.code().path()]#L[=ex.code().line()])[/#macro]
[#--
  A discussion question of the source material, quoted, with its answer (the nested content).
--]
[#macro question anchor]
<a id="[=anchor]"></a>
### Q: [=guide.question(anchor)]

[#nested]
[/#macro]
[#--
  A chapter's title, the note that it is generated, and its place in the guide.
--]
[#macro header]
[#local index = chapters?seq_index_of(chapter)]
<!-- Generated from samples/ and golden/ by the guide generator (samples/src/test/java/dev/shipshape/samples/guide). Do not edit: change the templates or the samples, then run ./mvnw -B verify -Dshipshape.approve=true -->
# [=chapter.title()]

[Guide](index.md)[#if index > 0] · previous: [[=chapters[index - 1].title()]]([=chapters[index - 1].file()])[/#if][#if index < chapters?size - 1] · next: [[=chapters[index + 1].title()]]([=chapters[index + 1].file()])[/#if]

[/#macro]
