package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
	"github.com/wenxi-nlp/wenxi/dict/stopwords"
	"github.com/wenxi-nlp/wenxi/render"
)

// keywordsCommand: ranked keywords and key phrases, and exact counts of the
// terms a user names. With --count alone only the counts are computed (and
// the IDF table is never loaded); add --top to get both.
func keywordsCommand() *cli.Command {
	return docSpec{
		Name:  "keywords",
		Usage: "rank keywords and key phrases; count words you name",
		Description: `Ranks the terms that tell what an article is about (TF-IDF or TextRank over
the body text; names, slogans and recurring phrases such as 群团工作 count as
one term), and counts the words you name, both as exact substrings and as
whole tokens. With --count alone only the counts are printed.

Examples:
   wenxi keywords testdata/puyang-2015-11-02.txt
   wenxi keywords --top 10 --method textrank --pos n,vn,nz article.txt
   wenxi keywords --count 群团,改革,四个全面 --format csv news/
   wenxi idf build --lines reports.txt -o reports.idf && wenxi keywords --idf reports.idf --lines reports.txt`,
		Stages:   []string{"keywords"},
		Sections: []string{render.SecKeywords},
		View:     keywordsView,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "top", Aliases: []string{"n"}, Value: keywords.DefaultTop, Usage: "how many keywords to rank"},
			&cli.StringFlag{Name: "method", Aliases: []string{"m"}, Value: keywords.MethodTFIDF, Usage: "ranking method: tfidf|textrank"},
			&cli.StringFlag{Name: "pos", Usage: "allowed parts of speech, comma-separated, or \"all\" (default: " + strings.Join(keywords.DefaultPOS, ",") + ")"},
			&cli.StringFlag{Name: "stopwords", Usage: "stopword list FILE (one word a line) replacing the built-in list"},
			&cli.StringFlag{Name: "idf", Usage: "IDF table FILE (\"word idf\" lines, e.g. from 'wenxi idf build') replacing the built-in table"},
			&cli.StringFlag{Name: "count", Aliases: []string{"c"}, Usage: "comma-separated words or phrases to count in each document"},
			&cli.StringFlag{Name: "count-file", Usage: "FILE of words or phrases to count, one a line"},
			&cli.BoolFlag{Name: "no-phrases", Usage: "rank single words only, no key phrases"},
			&cli.IntFlag{Name: "min-phrase", Value: 2, Usage: "occurrences a run of words needs to become a key phrase"},
		},
		Configure: configureKeywords,
		Plan:      planKeywords,
	}.command()
}

// keywordsView shows the keyword table, the counts table, or both, as
// computed (a counts-only run leaves doc.Keywords nil).
func keywordsView(doc *analyzer.Document) []render.Table {
	var out []render.Table
	if doc.Keywords != nil {
		out = append(out, render.KeywordsView(doc)...)
	}
	if doc.Counts != nil {
		out = append(out, render.CountsView(doc)...)
	}
	return out
}

// countsOnly reports whether the user asked for counts and not for ranking.
func countsOnly(c *cli.Context) bool {
	return (c.IsSet("count") || c.IsSet("count-file")) && !c.IsSet("top") && !c.IsSet("method")
}

func planKeywords(c *cli.Context, stages, sections []string) ([]string, []string, error) {
	var secs []string
	if !countsOnly(c) {
		secs = append(secs, render.SecKeywords)
	}
	if c.IsSet("count") || c.IsSet("count-file") {
		secs = append(secs, render.SecCounts)
	}
	return stages, secs, nil
}

func configureKeywords(c *cli.Context, o *wenxi.Options) error {
	k := &o.Keywords
	k.Top = c.Int("top")
	if k.Top < 1 {
		return usagef("--top must be at least 1")
	}
	k.Method = c.String("method")
	if k.Method != keywords.MethodTFIDF && k.Method != keywords.MethodTextRank {
		return usagef("unknown --method %q (want tfidf or textrank)", k.Method)
	}
	if p := c.String("pos"); p != "" {
		for _, t := range strings.Split(p, ",") {
			if t = strings.TrimSpace(t); t != "" {
				k.POS = append(k.POS, t)
			}
		}
		if len(k.POS) == 0 {
			return usagef("--pos lists no tags")
		}
	}
	if path := c.String("stopwords"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return usagef("stopwords: %v", err)
		}
		k.Stopwords = stopwords.Parse(string(b))
		if k.Stopwords == nil {
			k.Stopwords = []string{}
		}
	}
	if path := c.String("idf"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			return usagef("idf table: %v", err)
		}
		defer f.Close()
		if k.IDF, err = keywords.ReadIDF(f, path); err != nil {
			return usagef("idf table: %v", err)
		}
	}
	k.NoPhrases = c.Bool("no-phrases")
	k.MinPhrase = c.Int("min-phrase")
	if k.MinPhrase < 2 {
		return usagef("--min-phrase must be at least 2")
	}
	k.Counts = splitWords(c.String("count"))
	if path := c.String("count-file"); path != "" {
		words, err := readWordFile("--count-file", path)
		if err != nil {
			return err
		}
		k.Counts = append(k.Counts, words...)
	}
	if (c.IsSet("count") || c.IsSet("count-file")) && len(k.Counts) == 0 {
		return usagef("--count/--count-file name no terms")
	}
	if countsOnly(c) {
		k.Top = -1 // counts only: never load the IDF table
	}
	if c.IsSet("idf") && k.Method == keywords.MethodTextRank {
		fmt.Fprintln(c.App.ErrWriter, "wenxi: note: --idf has no effect with --method textrank")
	}
	return nil
}
