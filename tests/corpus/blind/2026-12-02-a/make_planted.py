#!/usr/bin/env python3
"""Builds planted/NAME.md from clean/NAME.md and writes EXPECTED.yaml.
Each plant: (article, hint identifying the clean line, clean_text, planted text, relation, why)."""
import os, yaml

BASE = os.path.dirname(os.path.abspath(__file__))

PLANTS = [
 # --- port-of-varne (news, port shipping)
 ("port-of-varne", "Throughput rose", "rose 9.4 percent", "rose 7.4 percent", "change",
  "3,184,600 / 2,911,300 = 1.0939, a rise of 9.4%, not 7.4%"),
 ("port-of-varne", "A total of 2,418", "average of 1,317 TEU", "average of 1,517 TEU", "ratio",
  "3,184,600 TEU / 2,418 calls = 1,317 TEU per call, not 1,517"),
 ("port-of-varne", "lifted Varne past Tolmen", "third-largest", "second-largest", "rank",
  "Haldor 4.6m and Brisk 3.9m both exceed Varne's 3.18m TEU, so Varne is third, not second"),
 ("port-of-varne", "The authority plans", "($422 million)", "($622 million)", "conversion",
  "622/410 = 1.52 USD per EUR, ~47% above the Jan 2025 rate of ~1.03 (and the article's own 65/63 = 1.03)"),
 ("port-of-varne", "first stone quay", "150th", "125th", "date",
  "first quay opened 1875; 2025 - 1875 = 150, so this is the 150th anniversary, not the 125th"),
 # --- veldria-box-office (news, cinema)
 ("veldria-box-office", "Cinemas in Veldria sold", "Monday, January 8", "Tuesday, January 8", "date",
  "January 8, 2024 was a Monday, not a Tuesday"),
 ("veldria-box-office", "most-watched film", "450,000 more", "550,000 more", "difference",
  "2.41m - 1.96m = 0.45m = 450,000, not 550,000"),
 ("veldria-box-office", "ranked third", "ranked third", "ranked second", "rank",
  "Harbour Lights 2.41m and Glass Orchard 1.96m both exceed The Long Tide's 1.88m, so it ranked third, not second"),
 ("veldria-box-office", "Films made in Veldria", "23.8 percent share", "28.3 percent share", "share",
  "9.2m / 38.6m = 23.8%, not 28.3%"),
 # --- kelland-reservoirs (news, drought)
 ("kelland-reservoirs", "A year earlier the reservoirs", "by 21 percentage points", "by 27 percentage points", "change",
  "61% a year earlier minus 40% now = 21 points, not 27"),
 ("kelland-reservoirs", "Brannock, the largest", "Lake Orvin held 118 million", "Lake Orvin held 138 million", "sum",
  "131 + 138 + 89 + 74 = 432, but the four reservoirs together hold 412 million cubic metres"),
 ("kelland-reservoirs", "Only 38 millimetres", "just over half the", "just over a third the", "share",
  "38 / 71 = 53.5%, just over half, not just over a third"),
 ("kelland-reservoirs", "no significant rainfall since June 2", "dry spell of 81 days", "dry spell of 95 days", "date",
  "June 2 to August 22, 2023 (publication) is 81 days, not 95"),
 # --- dunmore-basketball (news, basketball season)
 ("dunmore-basketball", "# Dunmore clinch", "88-79 win", "88-75 win", "title",
  "headline says 88-75 but the body reports the final score as 88-79 (a nine-point win)"),
 ("dunmore-basketball", "nine-point victory", "26-year wait", "24-year wait", "date",
  "previous title 1998, this one 2024: 2024 - 1998 = 26 years, not 24"),
 ("dunmore-basketball", "Guard Tomas Reyes", "averaged 85.0 points a game", "averaged 81.0 points a game", "ratio",
  "2,891 points / 34 games = 85.0 a game, not 81.0"),
 ("dunmore-basketball", "Velden, who led the standings", "61 fewer than Dunmore", "81 fewer than Dunmore", "difference",
  "Dunmore +247 minus Velden +186 = 61, not 81"),
 # --- norvenia-car-registrations (news, car registrations)
 ("norvenia-car-registrations", "Battery-electric cars bucked", "jumped 33.9 percent", "jumped 43.9 percent", "change",
  "96,210 / 71,840 = 1.339, a rise of 33.9%, not 43.9%"),
 ("norvenia-car-registrations", "The remaining 197,770", "remaining 197,770", "remaining 179,770", "sum",
  "412,380 - 96,210 - 118,400 = 197,770, not 179,770"),
 ("norvenia-car-registrations", "to take third place", "take third place", "take second place", "rank",
  "Vantor 51,230 and Kesh 44,870 both exceed Ardent's 39,100, so Ardent is third, not second"),
 ("norvenia-car-registrations", "Together the three leading brands", "32.8 percent of all", "36.8 percent of all", "share",
  "135,200 / 412,380 = 32.8%, not 36.8%"),
 # --- vallon-wine-harvest (news, wine harvest)
 ("vallon-wine-harvest", "Red wine accounted for", "white for 0.61 million", "white for 0.71 million", "sum",
  "1.12 + 0.71 + 0.21 = 2.04 million hl, but the harvest totalled 1.94 million"),
 ("vallon-wine-harvest", "Spread over 28,450 hectares", "yield of 68.2 hectolitres", "yield of 62.8 hectolitres", "ratio",
  "1,940,000 hl / 28,450 ha = 68.2 hl/ha, not 62.8"),
 ("vallon-wine-harvest", "Bulk prices for red wine", "red wine rose 14 percent", "red wine fell 14 percent", "change",
  "price went from EUR 1.62 to EUR 1.85, a rise of 14%, not a fall"),
 ("vallon-wine-harvest", "Saint-Aubry cooperative", "founded in 1923", "founded in 1933", "date",
  "a centenary in 2023 requires founding in 1923; 2023 - 1933 = 90 years"),
 # --- skarren-fisheries (news, fisheries)
 ("skarren-fisheries", "Fisheries ministers from the four", "Wednesday, December 11", "Thursday, December 11", "date",
  "December 11, 2024 was a Wednesday, not a Thursday"),
 ("skarren-fisheries", "The new cod limit is", "22 percent below", "28 percent below", "change",
  "14,820 / 19,000 = 0.78, i.e. 22% below, not 28%"),
 ("skarren-fisheries", "The herring quota will rise", "rise 8 percent", "rise 18 percent", "change",
  "61,560 / 57,000 = 1.08, a rise of 8%, not 18%"),
 ("skarren-fisheries", "Landings from the Skarren Sea", "($124 million)", "($174 million)", "conversion",
  "174/118 = 1.47 USD per EUR vs 510/486 = 1.05 elsewhere in the article and ~1.05 actual in Dec 2024 (40% off)"),
 # --- hearthside-appeal (news, charity appeal)
 ("hearthside-appeal", "# Hearthside winter appeal", "£3.6 million", "£3.2 million", "title",
  "headline says GBP 3.2 million, body says the appeal raised GBP 3.62 million"),
 ("hearthside-appeal", "has raised £3.62 million", "by £620,000", "by £820,000", "difference",
  "GBP 3.62m raised - GBP 3m target = GBP 620,000, not 820,000"),
 ("hearthside-appeal", "Donations came from 48,210", "average gift of £75", "average gift of £57", "ratio",
  "GBP 3,620,000 / 48,210 donors = GBP 75.09, not 57"),
 ("hearthside-appeal", "The total was 26 percent higher", "26 percent higher", "36 percent higher", "change",
  "3.62 / 2.87 = 1.261, i.e. 26% higher, not 36%"),
 # --- brenmouth-zoo (news, zoo)
 ("brenmouth-zoo", "Children under 16", "36 percent of the total", "41 percent of the total", "share",
  "426,300 / 1,184,300 = 36.0%, not 41%"),
 ("brenmouth-zoo", "Asian elephant calf born", "Saturday, June 15", "Sunday, June 15", "date",
  "June 15, 2024 was a Saturday, not a Sunday"),
 ("brenmouth-zoo", "oldest resident, Hetty", "turned 93", "turned 95", "date",
  "hatched May 2, 1931; on May 2, 2024 she turned 2024 - 1931 = 93, not 95"),
 ("brenmouth-zoo", "Having welcomed nearly", "nearly 1.2 million", "nearly 1.5 million", "title",
  "the exact figure is 1,184,300 visitors (nearly 1.2 million), far short of 'nearly 1.5 million'"),
 # --- carrick-road-deaths (news, road safety)
 ("carrick-road-deaths", "With a population of 5.42 million", "5.3 deaths per 100,000", "4.3 deaths per 100,000", "ratio",
  "287 / 5.42 million x 100,000 = 5.3, not 4.3"),
 ("carrick-road-deaths", "Car occupants accounted", "remaining 17", "remaining 27", "sum",
  "287 - 131 - 68 - 47 - 24 = 17, not 27 (parts would total 297)"),
 ("carrick-road-deaths", "Pedestrians made up", "nearly a quarter", "nearly a third", "share",
  "68 / 287 = 23.7%, nearly a quarter, not nearly a third"),
 ("carrick-road-deaths", "On rural roads", "June 1, 2023", "June 1, 2024", "date",
  "the limit is said to have replaced the old one on June 1, 2024, after the March 12, 2024 publication date"),
 # --- corvane-systems-10k (annual report, software)
 ("corvane-systems-10k", "Total revenue for the year", "increase of $57.5 million", "increase of $67.5 million", "change",
  "$412.6m - $355.1m = $57.5m, not $67.5m"),
 ("corvane-systems-10k", "Subscription revenue, which", "represented 85% of", "represented 80% of", "share",
  "351.9 / 412.6 = 85.3%, not 80%"),
 ("corvane-systems-10k", "Research and development expense", "were $311.7 million", "were $331.7 million", "sum",
  "118.4 + 142.0 + 51.3 = $311.7m, not $331.7m"),
 ("corvane-systems-10k", "Net cash provided by operating", "was $58.7 million", "was $53.7 million", "difference",
  "$71.5m operating cash flow - $12.8m capex = $58.7m, not $53.7m"),
 # --- tarrow-minerals-annual-report (annual report, mining)
 ("tarrow-minerals-annual-report", "Copper production rose", "rose 7%", "rose 12%", "change",
  "182,400 / 170,500 = 1.070, a rise of 7%, not 12%"),
 ("tarrow-minerals-annual-report", "Pellow, the smallest", "the smallest of our", "the largest of our", "rank",
  "Pellow's 27,600 t is below Kessel's 96,100 t and Arnsby's 58,700 t, so it is the smallest, not the largest"),
 ("tarrow-minerals-annual-report", "We paid $310 million", "(£248 million)", "(£348 million)", "conversion",
  "310/348 = 0.89 USD per GBP vs 1.25 in every other conversion in the report (2840/2272), ~29% off"),
 ("tarrow-minerals-annual-report", "The Board recommends a final", "interim dividend of 9.0 pence", "interim dividend of 7.0 pence", "sum",
  "18.5p final + 7.0p interim = 25.5p, not the stated total of 27.5p"),
 # --- halden-regional-bank (annual report, regional bank)
 ("halden-regional-bank", "founded in 1849", "175th anniversary", "165th anniversary", "date",
  "founded 1849; 2024 - 1849 = 175, so the anniversary is the 175th, not the 165th"),
 ("halden-regional-bank", "Net interest income increased", "by 38 basis points", "by 48 basis points", "change",
  "1.71% - 1.33% = 0.38 points = 38 basis points, not 48"),
 ("halden-regional-bank", "Customer loans grew", "63% of the loan book", "73% of the loan book", "share",
  "8.9 / 14.2 = 62.7%, not 73%"),
 ("halden-regional-bank", "common equity tier 1", "buffer of 5.3 percentage points", "buffer of 4.3 percentage points", "difference",
  "15.8% - 10.5% = 5.3 points, not 4.3"),
 # --- marrow-strait-ferries (annual report, ferry operator)
 ("marrow-strait-ferries", "# Marrow Strait Ferries", "4.9 million passengers", "4.6 million passengers", "title",
  "headline says 4.6 million but the body gives 4,871,300 passengers (4.9 million)"),
 ("marrow-strait-ferries", "Group revenue increased by", "by £27.9 million", "by £37.9 million", "change",
  "GBP 318.4m - GBP 290.5m = GBP 27.9m, not 37.9m"),
 ("marrow-strait-ferries", "Our new flagship", "two and a half years", "three and a half years", "date",
  "September 2021 to March 2024 is 30 months, two and a half years, not three and a half"),
 ("marrow-strait-ferries", "The vessel cost", "(€165 million)", "(€165 billion)", "conversion",
  "GBP 142 million cannot be EUR 165 billion (implied rate 1,162 EUR per GBP vs 1.16 used elsewhere)"),
]

UNITS = {"percent", "million", "billion", "pence", "days", "points", "percentage", "basis"}

def minimal(pt, ct):
    """Smallest differing run of words (plus a following unit word), as written."""
    a, b = pt.split(" "), ct.split(" ")
    i = 0
    while a[i] == b[i]:
        i += 1
    j = 0
    while a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    ea, eb = len(a) - j, len(b) - j
    while ea < len(a) and a[ea].strip("(),.") in UNITS:
        ea += 1; eb += 1
    mt, mc = " ".join(a[i:ea]), " ".join(b[i:eb])
    while mt[0] in "(" and mc[0] == mt[0]:
        mt, mc = mt[1:], mc[1:]
    while mt[-1] in "),." and mc[-1] == mt[-1]:
        mt, mc = mt[:-1], mc[:-1]
    return mt, mc

def main():
    arts = sorted({p[0] for p in PLANTS})
    expected = []
    for art in arts:
        clean = open(os.path.join(BASE, "clean", art + ".md"), encoding="utf-8").read()
        lines = clean.split("\n")
        for p in [p for p in PLANTS if p[0] == art]:
            _, hint, ct, pt, rel, why = p
            cand = [i for i, l in enumerate(lines) if hint in l]
            assert len(cand) == 1, (art, hint, cand)
            i = cand[0]
            assert lines[i].count(ct) == 1, (art, ct)
            lines[i] = lines[i].replace(ct, pt)
            assert lines[i].count(pt) == 1, (art, pt)
            mt, mc = minimal(pt, ct)
            assert lines[i].count(mt) == 1, (art, mt)
            assert lines[i].replace(mt, mc) == clean.split("\n")[i], (art, mt)
            expected.append(dict(file=f"planted/{art}.md", line=i + 1, text=mt,
                                 relation=rel, clean_text=mc, why=why))
        with open(os.path.join(BASE, "planted", art + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    with open(os.path.join(BASE, "EXPECTED.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(expected, f, sort_keys=False, allow_unicode=True, width=1000)
    print(len(expected), "planted errors in", len(arts), "articles")

if __name__ == "__main__":
    main()
