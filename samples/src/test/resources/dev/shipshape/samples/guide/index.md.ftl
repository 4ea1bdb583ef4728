[#ftl]
[#import "guide.ftl" as g]
<!-- Generated from samples/ and golden/ by the guide generator (samples/src/test/java/dev/shipshape/samples/guide). Do not edit: change the templates or the samples, then run ./mvnw -B verify -Dshipshape.approve=true -->
# The Shipshape guide: the labs and questions of Kubernetes networking and storage

This guide walks through the course Shipshape's samples are built from — Kubernetes networking
(Services, Ingress, NetworkPolicies, service mesh) and storage (volumes, StorageClasses and CSI,
StatefulSets, backup and disaster recovery) — one chapter per section. Each chapter shows

1. **the lab as the course writes it**, quoted from the course text;
2. **the same intent in Shipshape's Java DSL**, the `define()` method of a real sample under
   `samples/`;
3. **what Shipshape renders**, excerpts of that sample's approved files under `golden/`;
4. **what Shipshape added or refused, and why**: the section's best practices, and the diagnostics
   you get for the risky variant (a NodePort without a reason, a hostPath volume, a legacy
   provisioner, a literal password, an Ingress without TLS), from negative samples;
5. **the section's discussion questions**, answered with a link to the sample that demonstrates them.

## Chapters

| Chapter | What it covers |
|---|---|
[#list chapters as chapter]
| [[=chapter.title()]]([=chapter.file()]) | [=chapter.summary()] |
[/#list]

## Discussion questions

[#list questions as question]
[#assign chapter = guide.chapterOf(question.anchor())]
[=question?counter]. [[=guide.question(question.anchor())?replace("**", "")]]([=chapter.file()]#[=question.anchor()]) — [=chapter.title()]
[/#list]

## How this guide stays true

Nothing in the code blocks of this guide is typed by hand. The build generates every page from
templates (`samples/src/test/resources/dev/shipshape/samples/guide/`) with FreeMarker:

- the labs, best practices and questions are read from the course text by their headings
  (a byte-identical copy is bundled with the tests);
- the Java is each sample's `define()` method, read from `samples/src/main/java/`;
- the YAML and the diagnostics are the approved files under `golden/`, which the tests check
  against what Shipshape renders.

`GuideTest` fails when a page under `docs/` differs from what the build generates. After changing a
sample or a template, regenerate the guide together with the golden files, read the diff, and
commit both:

```bash
./mvnw -B verify -Dshipshape.approve=true    # rewrites golden/ and docs/ (ignored when CI is set)
git diff golden/ docs/
```
