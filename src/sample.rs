//! The built-in sample article, written for Close Reader (a fictional town and people), so that a
//! new user can try every feature without finding a text first.

pub const TITLE: &str = "Harbour town votes for flood wall as costs remain unclear";

pub const SOURCE_URL: &str = "https://example.org/news/harbour-town-flood-wall";

pub const TEXT: &str = "\
The council of Wrenmouth voted 7–2 on Tuesday night to build a 1.8-kilometre flood wall along the harbour, after the third winter in a row in which the sea came over the quay.

The wall will cost about £42 million, according to the council's own estimate, and could be finished by 2029. Councillor Maya Okafor, who chairs the planning committee, said the town \"cannot afford another winter of sandbags and hope\".

Critics say the figure is almost certainly too low. An engineer who worked on a similar scheme in the north, and who asked not to be named, told this newspaper that such walls \"usually end up costing half as much again\". Some residents reportedly fear that the wall will block the view that brings visitors to the town.

The Environment Agency said in a statement that sea levels along this stretch of coast have risen by roughly 20 centimetres since 1950, and that flooding is likely to become more frequent. Experts suggest that a wall alone may not be enough without changes to the drains behind it.

Local business owners appear divided. \"If the quay floods again, we close for good,\" said Tomás Reyes, who runs a café on the harbour front. Others argue that the money would be better spent on moving the most exposed homes.

The council says work could begin next spring, subject to a final vote on funding.
";
