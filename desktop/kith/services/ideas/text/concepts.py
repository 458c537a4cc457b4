"""The vocabulary ``text_match`` understands: concepts, the words that name them, and markers.

Plain data, no logic. Phrases are written as people write them; ``text_match``
runs them through the same normalising and stemming as the texts it compares,
so "developers", "developer" and "developing" all meet the phrase "developer".

A *family* groups the ways of naming one field ("software": developer,
engineer...) and, where the field has distinct specialities, its children
("software.frontend": React, Vue, front-end...). Two texts naming different
children of one family (frontend and backend) do not match through it; a
generic mention (developer) matches any child.

Each family belongs to a *group*, which says which markers decide its side
(who is asking, who is giving): ``role`` families follow hiring / looking for
work, ``capital`` follows raising / investing, ``mentor`` follows mentoring
words, the rest follow the generic "looking for" / "happy to" wording and
otherwise the field (a need asks, an offer gives).
"""

from __future__ import annotations

# family: (group, strength when both texts name the family only generically,
#          {child ("" = generic): "phrase | phrase | ..."})
FAMILIES: dict[str, tuple[str, float, dict[str, str]]] = {
    "software": ("role", 0.8, {
        "": "developer | dev | engineer | software engineer | software developer | programmer "
            "| coder | software | coding | programming | full stack | fullstack | full-stack "
            "| web developer | web development | web dev | app developer | app development "
            "| tech recruiter | tech recruiting | engineering | cto",
        "frontend": "frontend | front end | react | reactjs | react js | vue | vuejs | vue js "
                    "| angular | javascript | typescript | css | svelte | nextjs | next js "
                    "| ui engineer | ui developer | frontend recruiter",
        "backend": "backend | back end | server side | django | flask | rails | ruby on rails "
                   "| ruby | python | java | golang | go developer | php | node | nodejs "
                   "| node js | c# | dotnet | spring boot | api | apis | rust",
        "mobile": "mobile | mobile app | ios | android | swift | kotlin | react native "
                  "| flutter | iphone app",
        "devops": "devops | sre | site reliability | kubernetes | k8s | aws | azure | gcp "
                  "| google cloud | cloud | cloud infrastructure | infrastructure | terraform "
                  "| docker | sysadmin | ci cd",
        "security": "security | cybersecurity | infosec | pentest | penetration testing "
                    "| appsec | security audit",
    }),
    "data": ("role", 1.0, {
        "": "data scientist | data science | machine learning | ml | ai | artificial intelligence "
            "| data engineer | data engineering | data analyst | data analysis | analytics "
            "| statistics | statistician | deep learning | llm | llms | nlp | computer vision "
            "| ml engineer | ai engineer | data",
    }),
    "product": ("role", 1.0, {
        "": "product manager | product management | pm | pms | product owner | product lead "
            "| head of product | product strategy | product managers",
    }),
    "design": ("role", 1.0, {
        "": "designer | design | designers | design recruiter",
        "ux": "ux | ui | user experience | user interface | ux design | ui design "
              "| ux designer | ui designer | ux researcher | user research | usability "
              "| interaction design | product designer | product design | figma | ux/ui "
              "| ui/ux | wireframes | prototyping",
        "graphic": "graphic designer | graphic design | logo | logos | branding | brand identity "
                   "| visual design | illustration | illustrator | print design | packaging",
        "interior": "interior designer | interior design | interiors",
        "fashion": "fashion designer | fashion design | fashion",
    }),
    "accounting": ("role", 1.0, {
        "": "accountant | accounting | cpa | cpas | chartered accountant | tax | taxes "
            "| tax advice | tax return | tax returns | tax prep | tax preparation | tax filing "
            "| tax person "
            "| bookkeeping | bookkeeper | books | payroll | audit | auditor | irs | quickbooks "
            "| xero | vat | financial statements | sales tax | tax accountant",
    }),
    "finance": ("role", 1.0, {
        "": "cfo | fractional cfo | financial model | financial modeling | fp&a | fpa "
            "| financial planning and analysis | corporate finance",
    }),
    "wealth": ("other", 1.0, {
        "": "financial advisor | financial adviser | financial planner | financial planning "
            "| wealth management | retirement planning | personal finance | 401k | pension",
    }),
    "legal": ("role", 1.0, {
        "": "lawyer | lawyers | attorney | attorneys | legal | legal advice | counsel "
            "| solicitor | barrister | law firm | paralegal | legal help | startup lawyer",
        "corporate": "contract | contracts | contract review | review contract | incorporation "
                     "| incorporating | incorporate | corporate law | term sheet | shareholder "
                     "agreement | llc | c corp | delaware",
        "ip": "patent | patents | trademark | trademarks | copyright | intellectual property "
              "| ip lawyer | patent attorney",
        "immigration": "immigration | visa | visas | h1b | h 1b | green card | work permit "
                       "| citizenship | work visa | o1 | o 1 visa",
        "family": "divorce | custody | family law | prenup",
        "employment": "employment law | wrongful termination | employment lawyer",
    }),
    "marketing": ("role", 1.0, {
        "": "marketing | marketer | marketers | growth | growth marketing | growth hacker "
            "| seo | sem | search engine optimization | content marketing | social media "
            "| advertising | ads | paid ads | google ads | facebook ads | brand strategy "
            "| go to market | gtm | email marketing | newsletter | community management "
            "| influencer | cmo",
    }),
    "pr": ("role", 1.0, {
        "": "pr | public relations | press | press coverage | journalist | journalists "
            "| reporter | reporters | media | media coverage | publicity | press release "
            "| tech reporters | editor at",
    }),
    "writing": ("role", 1.0, {
        "": "writer | writing | copywriter | copywriting | editor | editing "
            "| proofreading | proofreader | ghostwriter | content writing | blog posts "
            "| technical writer | technical writing",
    }),
    "sales": ("role", 1.0, {
        "": "sales | salesperson | sales rep | business development | bizdev | bdr | sdr "
            "| account executive | lead generation | enterprise sales | sales lead "
            "| head of sales | vp sales | sales team | partnerships | sales engineer",
    }),
    "people_ops": ("role", 1.0, {
        "": "hr | human resources | people ops | people operations | benefits "
            "| compensation | hr consultant",
    }),
    "cofounder": ("role", 1.0, {
        "": "cofounder | co founder | technical cofounder | co founding | cofounding "
            "| business partner | founding engineer | start a company | starting a company",
    }),
    "capital": ("capital", 1.0, {
        "": "investor | investors | angel | angels | angel investor | angel investors | vc | vcs "
            "| venture capital | venture capitalist | funding | fundraising | seed round | seed "
            "| pre seed | series a | series b | investment | capital | invest | investing "
            "| raise | backers | crowdfunding | grant | grants | data room",
    }),
    "mentor": ("mentor", 1.0, {
        "": "mentor | mentors | mentoring | mentorship | coach | coaching | career coach "
            "| career advice | career guidance | guidance | sounding board | advisor "
            "| adviser | advisors",
    }),
    "speaking": ("other", 1.0, {
        "": "public speaking | speaker | speakers | speaking | keynote | give talks "
            "| gives talks | giving talks | conference talks | tech talks | panel | panelist "
            "| podcast guest",
    }),
    "real_estate": ("other", 1.0, {
        "": "realtor | real estate | real estate agent | estate agent | apartment | apartments "
            "| flat | house | house hunting | housing | rental | rentals | landlord | property "
            "| mortgage | place to live | home buying | lease | office space",
    }),
    "health": ("other", 0.9, {
        "": "doctor | physician | medical | gp | pediatrician | healthcare",
        "mental": "therapist | therapy | psychologist | psychiatrist | counselor | counsellor "
                  "| mental health | licensed counselor",
        "dental": "dentist | dental | orthodontist",
        "physio": "physiotherapist | physio | physical therapist | chiropractor",
    }),
    "insurance": ("other", 1.0, {
        "": "insurance | insurance broker | health insurance | life insurance",
    }),
    "photo": ("role", 1.0, {
        "": "photographer | photography | photo shoot | photoshoot | headshots | headshot "
            "| portrait photography | portraits | videographer | video production "
            "| video editing | filmmaker | photos",
    }),
    "music": ("other", 1.0, {
        "": "musician | music | band | dj | house music | guitar | piano | singer | producer",
    }),
    "childcare": ("other", 1.0, {
        "": "babysitter | nanny | childcare | daycare | child care | au pair",
    }),
    "education": ("other", 1.0, {
        "": "tutor | tutoring | teacher | teaching | school | schools | lessons | homework help",
    }),
    "language": ("other", 1.0, {
        "": "language | languages | translator | translation | translations | interpreter "
            "| interpreting | localization | native speaker | conversation practice",
        "spanish": "spanish", "french": "french", "german": "german", "japanese": "japanese",
        "chinese": "chinese | mandarin | cantonese", "portuguese": "portuguese",
        "italian": "italian", "korean": "korean", "arabic": "arabic", "hindi": "hindi",
        "russian": "russian", "dutch": "dutch",
    }),
    "job": ("job", 0.4, {
        # Only bridges are listed here: HIRE / JOBSEEK markers add the family too.
        "": "recruiter | recruiters | recruiting | recruitment | headhunter | headhunters "
            "| talent acquisition | staffing | staffing agency | tech recruiter | design recruiter "
            "| tech recruiting | knows who is hiring | job board | placement agency",
    }),
}

# Phrases read as nothing: they hold words that would otherwise name a concept.
IGNORED = "raised in | born and raised | pay raise | raise my rates | check in | checking in"

# Phrases that make every family of their text a *bridge*: it helps either side
# (a recruiter helps the one hiring and the one looking for work).
BRIDGE_PHRASES = (
    "recruiter | recruiters | recruiting | recruitment | headhunter | headhunters "
    "| talent acquisition | staffing | staffing agency | tech recruiter | design recruiter "
    "| tech recruiting | knows who is hiring | job board | placement agency | frontend recruiter"
)

# Marker phrases, by kind. SEEK / PROVIDE are generic; the others steer one group.
MARKERS: dict[str, str] = {
    "SEEK": "looking for | look for | need | needs | needed | want | wants | seeking | seek "
            "| searching for | search for | in search of | find | finding | recommend "
            "| recommendation | anyone know | does anyone know | know anyone | hunting for "
            "| could use | would love | trying to find",
    "PROVIDE": "happy to | glad to | willing to | can help | can advise | available to "
               "| volunteer | offer to | can intro | can introduce | love to help",
    "HIRE": "hiring | hire | to hire | open role | open roles | open position | job opening "
            "| job openings | openings | vacancy | vacancies | join our team | join the team "
            "| building a team | building out the team | grow the team | growing the team "
            "| expanding the team | headcount",
    "JOBSEEK": "looking for work | open to work | open to opportunities | open to new roles "
               "| open to new opportunities | available for hire | available for work "
               "| for hire | between jobs | laid off | job hunting | job hunt | job search "
               "| job seeker | unemployed | in between roles",
    "JOBWORD": "work | job | jobs | role | roles | position | opportunity | opportunities | gig "
               "| employment | internship | contract work | contract role | freelance work",
    "CAP_SEEK": "raising | raise | fundraising | seeking investment | need funding "
                "| looking for funding",
    "CAP_GIVE": "invest in | invests in | investing in | deal flow | deals | write checks "
                "| writes checks | portfolio | looking for startups | looking for founders "
                "| back founders",
    "MENTOR_GIVE": "to mentor | can mentor | happy to mentor | mentor others | mentoring others",
    "MENTOR_SEEK": "mentee | to mentor me | mentor me | find a mentor | looking for a mentor",
    "RELOCATE": "moving to | move to | moved to | relocating to | relocate to | relocating "
                "| relocation to | new to | new in | visiting | trip to | travelling to "
                "| traveling to | heading to | expanding to | expanding into | launching in "
                "| move | moving | relocation",
    "LOCAL": "lives in | live in | living in | based in | knows | know | scene | native "
             "| local | from | grew up in | raised in | born in | works at | work at "
             "| works for | worked at | used to work at | ex | former | formerly | alum "
             "| alumni | alumnus | network in | connected in | contacts in | lived in",
    "INTRO": "intro | intros | introduction | introductions | introduce | connect with "
             "| connection at | contact at | someone at | anyone at | people at | meet "
             "| meeting people | foot in the door | warm intro",
}

# Dropped before phrases are matched, so "looking for a good accountant" reads
# as "looking for accountant".
FILLERS = frozenset(
    "a an the some my our their his her your its good great reliable trusted experienced "
    "senior junior solid decent really very".split()
)

# Never content words, never names, never typo-corrected.
STOPWORDS = frozenset(
    """
    i me we us you he she it they them this that these those who whom whose which what when
    where why how is are was were be been being am do does did doing have has had having
    will would shall should can could may might must to of in on at by for with about
    against between into through during before after above below up down out off over under
    again further then once here there all any both each few more most other such no nor
    not only own same so than too very just also and but if or because as until while per
    via etc plus or and & anyone anybody someone somebody something everyone everybody
    people person folks guy guys help helping helped advice advise tips idea ideas question
    questions thing things stuff lot lots bit kind sort way ways time times year years month
    months week weeks weekend weekends day days today tomorrow soon asap urgent urgently
    next last first new old small big large little best better good great nice cool
    startup startups company companies business businesses team teams project projects
    work working job jobs expert experts experienced professional pro freelance freelancer
    contractor consultant consulting services service support general quick free paid part
    full time remote onsite hybrid local please thanks thank hi hello ok okay yes no maybe
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday spring summer autumn fall winter end beginning early mid late
    around near area city town based available interested interest open intro look
    looking need want know knows get got make making take taking go going come coming
    """.split()
)

# Places people name in lower case too; aliases fold to one key.
PLACES = (
    "austin denver nashville boston chicago seattle portland miami atlanta dallas houston "
    "phoenix philadelphia pittsburgh detroit minneapolis raleigh charlotte orlando tampa "
    "baltimore cleveland columbus cincinnati indianapolis milwaukee sacramento oakland "
    "brooklyn manhattan boulder london berlin paris lisbon porto amsterdam rotterdam "
    "toronto vancouver montreal tokyo osaka singapore sydney melbourne barcelona madrid "
    "dublin munich hamburg zurich geneva stockholm copenhagen oslo helsinki vienna prague "
    "warsaw krakow rome milan brussels edinburgh manchester bristol bangalore bengaluru "
    "mumbai delhi seoul dubai nairobi lagos accra bogota lima santiago"
).split() + [
    "new york", "san francisco", "los angeles", "san diego", "san jose", "salt lake city",
    "las vegas", "new orleans", "washington dc", "mexico city", "sao paulo", "hong kong",
    "tel aviv", "cape town", "buenos aires", "kansas city", "st louis", "silicon valley",
    "bay area", "new york city",
]

PLACE_ALIASES = {
    "nyc": "new york", "new york city": "new york", "manhattan": "new york",
    "sf": "san francisco", "bay area": "san francisco", "silicon valley": "san francisco",
    "la": "los angeles", "dc": "washington", "washington dc": "washington",
    "philly": "philadelphia", "atx": "austin", "bengaluru": "bangalore",
}
