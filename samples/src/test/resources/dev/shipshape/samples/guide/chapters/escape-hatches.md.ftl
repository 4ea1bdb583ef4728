[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[#-- The chapter of the user-objects hatch takes this place at the merge; it includes the patches section. --]
Sometimes a stack needs something Shipshape does not model. Every hatch is checked as far as it can
be, fails loudly when it does not apply, and is listed so reviewers see what bypasses the model.

[#include "escape-hatches-patches.ftl"]
