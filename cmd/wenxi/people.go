package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/render"
)

// peopleCommand: every person an article names, with mentions, titles,
// roles and offsets.
func peopleCommand() *cli.Command {
	return docSpec{
		Name:  "people",
		Usage: "list the people an article names, with titles, roles and mentions",
		Description: `Finds people by the statistical name recognizer and by the cues of news and
   meeting reports: titles before names (市委书记何雄), 、-lists under a heading
   (市领导徐兰峰、郑大文), say-verbs (何雄指出), chair and attend verbs (主持,
   出席), bylines (记者 王振巍) and editor lines (责任编辑:李俊). Roles are
   author, editor, speaker, chair, attendee or mentioned.

Examples:
   wenxi people testdata/puyang-2015-11-02.txt
   wenxi people --format csv news/ > people.csv
   wenxi people --dict names.dict --not-names 高度,广大 article.txt
   wenxi people --not-names blocked.txt --format jsonl --lines corpus.txt`,
		Stages:   []string{"people"},
		Sections: []string{render.SecPeople},
		View:     render.PeopleView,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "not-names", Usage: "never report these as names: a FILE (one a line) or a comma-separated list"},
			&cli.BoolFlag{Name: "no-model", Usage: "cues only: do not run the statistical name recognizer"},
		},
		Configure: configurePeople,
	}.command()
}

// configurePeople applies --no-model and --not-names (user dictionary
// entries tagged nr reach the stage as names through wenxi.Options).
func configurePeople(c *cli.Context, o *wenxi.Options) error {
	o.People.NoModel = c.Bool("no-model")
	v := c.String("not-names")
	if v == "" {
		return nil
	}
	if st, err := os.Stat(v); err == nil && !st.IsDir() {
		words, err := readWordFile("--not-names", v)
		if err != nil {
			return err
		}
		o.People.NotNames = append(o.People.NotNames, words...)
		return nil
	}
	o.People.NotNames = append(o.People.NotNames, splitWords(v)...)
	return nil
}
