package analyzer

// The stage result types. Their JSON field names are a contract that users'
// scripts rely on: add fields, never rename or remove one.

// Role values a Person can carry.
const (
	RoleAuthor    = "author"
	RoleEditor    = "editor"
	RoleSpeaker   = "speaker"
	RoleChair     = "chair"
	RoleAttendee  = "attendee"
	RoleMentioned = "mentioned"
)

// Person is one distinct person the document names.
type Person struct {
	Name string `json:"name"`
	// Mentions counts occurrences of the full name.
	Mentions int `json:"mentions"`
	// Titles are the title words attached to the name in the text, in order of
	// first appearance (市委书记; 市委常委, 市纪委书记; 记者).
	Titles []string `json:"titles"`
	// Roles are drawn from the Role* constants.
	Roles []string `json:"roles"`
	// Offsets are the character spans of each mention.
	Offsets []Span `json:"offsets"`
}

// Slogan kinds.
const (
	KindNumbered = "numbered"
	KindQuoted   = "quoted"
	KindPlan     = "plan"
	KindDocument = "document"
)

// Slogan is one political formula, coined phrase, plan name or cited document.
type Slogan struct {
	// Text is the item without quotes or 《》.
	Text string `json:"text"`
	// Kind is one of the Kind* constants.
	Kind string `json:"kind"`
	// Mentions counts occurrences, quoted or not.
	Mentions int `json:"mentions"`
	// Expansion is the list the formula stands for, when known.
	Expansion []string `json:"expansion,omitempty"`
	// ExpansionSource says where the expansion came from: "text" or "glossary".
	ExpansionSource string `json:"expansion_source,omitempty"`
	// Offsets are the character spans of each mention (without quotes).
	Offsets []Span `json:"offsets"`
	// Context is a short stretch of text around the first mention.
	Context string `json:"context"`
}

// Keyword is one ranked keyword or key phrase.
type Keyword struct {
	Word string `json:"word"`
	// Count is the number of occurrences of the word as a token.
	Count  int     `json:"count"`
	Weight float64 `json:"weight"`
	Pos    string  `json:"pos"`
	// Phrase is true for multi-token key phrases (群团工作).
	Phrase bool `json:"phrase,omitempty"`
}

// TermCount is how often a user-named term occurs in a document.
type TermCount struct {
	Term string `json:"term"`
	// Substring counts non-overlapping occurrences in the raw text.
	Substring int `json:"substring"`
	// Tokens counts runs of tokens that spell the term exactly.
	Tokens int `json:"tokens"`
}

// Statement is one reported statement: who said it, with which verb, and what.
type Statement struct {
	Speaker string `json:"speaker"`
	Verb    string `json:"verb"`
	Text    string `json:"text"`
	// Points are enumerated points (一要…二要…, 第一…第二…) inside the text.
	Points []string `json:"points,omitempty"`
	Span
}

// Meeting holds the facts of a meeting report.
type Meeting struct {
	Name      string   `json:"name,omitempty"`
	Chair     []string `json:"chair,omitempty"`
	Attendees []string `json:"attendees,omitempty"`
	Speakers  []string `json:"speakers,omitempty"`
}

// Meta is the article's metadata, read from its header and footer.
type Meta struct {
	Title   string   `json:"title,omitempty"`
	Site    string   `json:"site,omitempty"`
	Source  string   `json:"source,omitempty"`
	Authors []string `json:"authors,omitempty"`
	// Published is ISO 8601 (2015-11-04T06:05:47).
	Published string `json:"published,omitempty"`
	Editor    string `json:"editor,omitempty"`
	// EventDate is the event date as written (11月2日).
	EventDate string `json:"event_date,omitempty"`
	// EventDateISO is the event date with the year inferred (2015-11-02).
	EventDateISO string   `json:"event_date_iso,omitempty"`
	Meeting      *Meeting `json:"meeting,omitempty"`
}

// SummarySentence is one sentence of the extractive summary.
type SummarySentence struct {
	Text  string  `json:"text"`
	Score float64 `json:"score"`
	Span
}
