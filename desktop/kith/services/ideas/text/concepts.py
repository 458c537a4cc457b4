"""The few hand tables the reader needs that no resource gives: plain data, no logic.

Occupation titles come from the ONS occupation index (``data/roles.tsv``) and
word forms from the lemmatiser; what is left here is what those cannot say:

- ``MARKERS``: the wording that says who seeks and who provides.
- ``FAMILIES``: services people ask for by the problem or the trade rather than
  by one title ("no hot water" needs a plumber or a heating engineer). A need
  for any phrase of a family is met by a provider of any phrase of it.
  Families marked ``*`` are generic trades (repair, teaching...): they meet
  only when both texts share what is worked on (boats, guitar...).
- ``FACETS``: the things two texts must not disagree on (place, language,
  animal, subject, day, speciality, vehicle): a dog walker does not meet a
  need about a cat, a plumber in Leeds not a need in Bristol.

Phrases are written as people write them; the reader folds them to lemmas as
it does the texts.
"""

from __future__ import annotations

# Markers, by kind. Longest phrase wins where they overlap.
MARKERS: dict[str, str] = {
    "SEEK": "looking for | look for | looking to find | need | needs | needed | want | wants "
            "| need to find | wants to find | want to find | would like to find "
            "| wanted | seeking | seek | searching for | search for | in search of | find "
            "| trying to find | hoping to find | hunting for | require | requires | required "
            "| recommend | recommendation | recommendations | anyone know | does anyone know "
            "| know anyone | know a | could use | would love | would like | after a "
            "| on the hunt for | in need of | desperate for | advice on | help with | help "
            "| struggling with | keen to find | raise | raising | fundraising | raising money "
            "| seeking investment",
    "LEARN": "learn | learning | to learn | learn to | get better at | improve my | practise "
             "| practice | brush up | get into | getting into",
    "HOBBY": "love | loves | enjoy | enjoys | into | fan of | passionate about | hobby | watch "
             "| watches | read | reads | like | likes | spend | spends | collect | collects "
             "| about | follows",
    "HIRE": "hiring | hire | to hire | looking to hire | recruiting for | we are recruiting "
            "| recruiting a | recruiting an | open role | open roles | open position | vacancy "
            "| vacancies | job opening | join our team | join the team | headcount | staffing up "
            "| taking on | employ | employing | looking for staff | need staff | new staff "
            "| looking for employees",
    "JOBSEEK": "looking for work | open to work | open to opportunities | open to new roles "
               "| available for hire | available for work | for hire | between jobs | laid off "
               "| job hunting | job hunt | job search | job seeker | unemployed "
               "| seeking employment | looking for employment | in between roles "
               "| made redundant | career break",
    "JOBWORD": "job | jobs | role | position | post | placement | opportunity | employment "
               "| internship | apprenticeship | contract work | work | gig | vacancy",
    "PROVIDE": "can | could help | available "
               "| available to | offer | offers | offering | provide | provides | providing "
               "| love to help | able to | experienced | licensed | qualified | certified "
               "| professional | freelance | runs | run | own | owns | specialise in "
               "| specialize in | specialises in | specializes in | do | does | years of "
               "| trained | registered | accredited | i am | i m | is a | works as | work as",
    "OUT": "sell | sells | selling | for sale | give away | giving away | gives away "
           "| rent out | renting out | rents out | to let | lend | lending | spare "
           "| has a spare | have a spare | letting | sublet | subletting | donate | donating",
    "IN": "buy | buying | purchase | to rent | rent | renting | borrow | borrowing "
          "| want to buy | looking to buy",
    "RELOCATE": "moving to | move to | moved to | relocating to | relocate to | new to | new in "
                "| visiting | trip to | travelling to | traveling to | heading to | expanding to "
                "| launching in | intro to | introduction to | connect with | contact at | intro "
                "| intros | introduction | introductions | warm intro "
                "| someone at | anyone at | people at | meet people in | foot in the door",
    "LOCAL": "lives in | live in | living in | based in | knows | native | grew up in "
             "| raised in | born in | works at | work at | works for | worked at | used to work at "
             "| ex | former | formerly | alum | alumni | lived in | is from | originally from "
             "| comes from",
    "DO": "want to | wants to | would love to | keen to | looking to | interested in "
          "| hoping to | would like to | eager to | love to",
    "GIVE": "give | gives | giving | can give | offer to | willing to | happy to | glad to",
    "ONLY": "only | just",
}

# The words after "someone to" or "can" that say which service: verb -> family.
# Verbs not listed here are read through the occupation list ("writes" -> writer).
VERBS: dict[str, str] = {
    "fix": "repair", "repair": "repair", "mend": "repair", "restore": "repair",
    "refurbish": "repair", "patch": "repair", "sort out": "repair",
    "teach": "teaching", "tutor": "teaching", "coach": "teaching", "train": "teaching",
    "instruct": "teaching", "give lessons": "teaching",
    "build": "making", "make": "making", "construct": "making", "craft": "making",
    "install": "installing", "fit": "installing", "assemble": "installing", "put up": "installing",
    "clean": "cleaning", "groom": "pets", "look after": "care",
    "care for": "care", "babysit": "childcare", "invest": "capital", "fund": "capital",
    "back": "capital", "mentor": "mentor", "advise": "mentor", "translate": "translation",
    "interpret": "translation", "photograph": "photo", "shoot": "photo", "film": "photo",
    "cater": "catering", "cook": "catering", "bake": "catering", "move": "removals",
    "deliver": "removals", "design": "design", "draw": "design", "illustrate": "design",
    "code": "software", "program": "software", "proofread": "writing", "edit": "writing",
    "write": "writing", "paint": "painting", "decorate": "decorating", "sew": "tailoring",
    "alter": "tailoring", "cut hair": "beauty", "drive": "driving", "volunteer": "volunteer",
    "give time": "volunteer", "lend a hand": "volunteer", "pitch in": "volunteer",
    "help out": "volunteer", "represent": "legal", "sue": "legal",
}

# family: phrases (roles, trades, services and the problems that call for them).
# A leading "*" marks a generic family (both texts must share what is worked on).
FAMILIES: dict[str, str] = {
    "plumbing": "plumber | plumbing | heating engineer | gas engineer | boiler | boiler repair "
                "| hot water | leak | leaking | leaky | burst pipe | blocked drain | radiator "
                "| radiators | central heating | heating | gas safe | dripping tap "
                "| blocked toilet | plumbing and heating | heating and plumbing",
    "electrical": "electrician | electrical | electrics | wiring | rewire | rewiring | fuse "
                  "| fuse box | socket | sockets | power cut | light fitting | light fittings "
                  "| ev charger | electrical work | tripping",
    "roofing": "roofer | roofing | roof | leaking roof | gutter | gutters | guttering | slate",
    "building": "*builder | building work | extension | loft conversion | bricklayer "
                "| brickwork | renovation | renovate | renovating | refurbishment | builders "
                "| plasterer | plastering | tiler | tiling | stonemason",
    "carpentry": "carpenter | joiner | joinery | carpentry | woodwork | woodworker "
                 "| cabinet maker | cabinetmaker | fitted wardrobe | shelving | kitchen fitter",
    "decorating": "decorator | decorating | painter and decorator | painting and decorating "
                  "| wallpaper | wallpapering | house painter | repaint | repainting",
    "painting": "*artist | painter | painting | paint",
    "handyman": "handyman | handy man | handyperson | odd job | odd jobs | flat pack "
                "| flatpack | furniture assembly | diy | jack of all trades",
    "locksmith": "locksmith | locked out | lock change | new locks | locks",
    "cleaning": "cleaner | cleaning | house cleaning | deep clean | end of tenancy clean "
                "| housekeeper | housekeeping | window cleaner | ironing | cleaning service",
    "gardening": "gardener | gardening | garden maintenance | lawn | lawns | mowing | mow "
                 "| hedge | hedges | landscaper | landscaping | tree surgeon | weeding "
                 "| overgrown garden | garden design | garden designer",
    "removals": "removals | removal company | removal firm | man with a van | mover | movers "
                "| moving company | house move | moving house | help moving | van and driver "
                "| courier | delivery driver",
    "car": "mechanic | car mechanic | garage | mot | car repair | car service | brakes "
           "| clutch | car won t start | gearbox | auto repair",
    "bike": "bike mechanic | bike repair | bicycle repair | cycle mechanic | bike shop "
            "| puncture | bike service",
    "it": "it support | tech support | wifi | broadband "
          "| printer | virus | network setup | it consultant | it help "
          "| computer help | data recovery",
    "software": "developer | programmer | software engineer | software developer | coder "
                "| coding | programming | web developer | web development | app developer "
                "| app development | full stack | fullstack | software "
                "| website | web site | app | build an app | mobile app | cto | frontend "
                "| front end | backend | back end | react | vue | angular | django | rails "
                "| python developer | ios developer | android developer | devops | sre "
                "| kubernetes | aws | cloud | devs | dev | tech",
    "data": "data scientist | data science | machine learning | data analyst | data analysis "
            "| analytics | statistician | statistics | data engineer | ml engineer | ai engineer "
            "| dashboard | dashboards",
    "product": "product manager | product management | product owner | head of product",
    "web": "web designer | web design | website | web site | website design | websites",
    "ux": "ux | ui | ux designer | ui designer | ux ui | ui ux | product designer | user research "
          "| ux researcher | figma | wireframe | wireframes | usability",
    "graphic": "graphic designer | graphic design | logo | logos | branding | brand identity "
               "| illustrator | illustration",
    "design": "designer | designers | design",
    "interior": "interior designer | interior design | interiors",
    "accounting": "accountant | accounting | accountancy | cpa | chartered accountant | tax "
                  "| taxes | tax return | tax returns | self assessment | vat | bookkeeper "
                  "| bookkeeping | payroll | auditor | audit | quickbooks | xero "
                  "| tax adviser | tax advisor | tax advice | accounts | tax prep",
    "finance": "cfo | fractional cfo | financial model | financial modelling | financial modeling "
               "| fp a | finance director",
    "wealth": "financial adviser | financial advisor | financial planner | financial planning "
              "| wealth manager | wealth management | pension | pensions | retirement planning "
              "| ifa | investments advice",
    "mortgage": "mortgage | mortgage broker | mortgage adviser | mortgage advisor | remortgage",
    "insurance": "insurance | insurance broker",
    "legal": "lawyer | lawyers | solicitor | solicitors | attorney | barrister | legal advice "
             "| legal | counsel | paralegal | law firm | legal help | conveyancing "
             "| conveyancer | will | wills | probate | contract | contracts | contract review "
             "| incorporate | incorporation | trademark | patent | patents | copyright "
             "| immigration | visa | visas | green card | work permit | citizenship | divorce "
             "| custody | family law | prenup | employment law | unfair dismissal "
             "| tribunal | lawsuit | sued | dispute | notary",
    "marketing": "marketer | marketing | marketing manager | growth | growth marketer | seo "
                 "| social media | advertising | ads | paid ads | facebook ads | google ads "
                 "| content marketing | email marketing | newsletter | campaign | cmo",
    "pr": "pr | public relations | press | press coverage | publicist | publicity "
          "| press release | media coverage | journalist | journalists | reporter | reporters",
    "writing": "writer | writing | copywriter | copywriting | editor | editing | proofreader "
               "| proofreading | proofread | ghostwriter | technical writer | speechwriter",
    "sales": "salesperson | sales | sales rep | business development | bizdev | account executive "
             "| lead generation | head of sales | sales lead | sales manager",
    "hr": "hr | human resources | people ops | hr consultant | hr manager",
    "translation": "translator | translation | translate | translating | interpreter "
                   "| interpreting | localisation | localization",
    "language": "*native speaker | conversation practice | language exchange "
                "| fluent | bilingual | speaks | conversation partner | language partner",
    "teaching": "*tutor | tutors | tutoring | teacher | teaching | lesson | lessons | instructor "
                "| instruction | class | classes | homework help | exam prep | teach | coach "
                "| coaching | trainer",
    "music": "musician | band | dj | house music | singer | live music | string quartet | pianist "
             "| guitarist | violinist | drummer",
    "catering": "caterer | catering | chef | private chef | cook | cake | cakes | baker "
                "| wedding cake | buffet",
    "events": "event planner | wedding planner | event management | party planner | venue "
              "| venues | florist | flowers",
    "photo": "photographer | photography | photo | photos | photoshoot | photo shoot "
             "| headshot | headshots | portrait | portraits | videographer | videography "
             "| video | filming | filmmaker",
    "childcare": "babysitter | babysitting | babysit | nanny | childminder | childcare "
                 "| child care | au pair | nursery | daycare | after school care | sitter",
    "care": "carer | caregiver | care worker | home care | elderly care "
            "| live in carer | companion",
    "pets": "dog walker | dog walking | pet sitter | pet sitting | cat sitter | dog sitter "
            "| dog grooming | house sitter | kennel | kennels | boarding | dog boarding "
            "| groomer | grooming "
            "| dog groomer | dog trainer | dog training | puppy training | pet care "
            "| feed the cat | walk the dog | walks dogs | look after pets",
    "vet": "vet | vets | veterinary | veterinarian | vet nurse | veterinary surgeon",
    "doctor": "doctor | gp | physician | medical | surgeon | consultant physician "
              "| dermatologist | paediatrician | pediatrician",
    "therapy": "therapist | therapy | counsellor | counselor | counselling | counseling "
               "| psychologist | psychotherapist | psychiatrist | mental health",
    "dentist": "dentist | dental | orthodontist | toothache | hygienist",
    "physio": "physiotherapist | physio | physiotherapy | physical therapist | chiropractor "
              "| osteopath | sports massage | back pain",
    "pharmacy": "pharmacist | pharmacy | chemist | prescription | prescriptions",
    "nursing": "nurse | nurses | nursing | midwife | healthcare assistant",
    "fitness": "personal trainer | fitness | fitness coach | running coach | yoga | yoga teacher "
               "| pilates | pt | strength coach | gym",
    "beauty": "hairdresser | hair | haircut | barber | makeup artist | make up | nails "
              "| beautician | hair stylist",
    "driving": "driving instructor | driving lesson | driving lessons | learn to drive "
               "| driving test",
    "tailoring": "tailor | tailoring | alterations | seamstress | dressmaker | sewing | hem "
                 "| hemming",
    "housing": "flat | apartment | room | house | place to live | accommodation | flatshare "
               "| flat share | studio | bedsit | rental | let | landlord | letting agent "
               "| estate agent | realtor | real estate | real estate agent | property "
               "| somewhere to live | houseshare | lodgings | office space | desk space",
    "tenant": "tenant | tenants | lodger | lodgers | flatmate | flatmates | housemate "
              "| housemates | roommate | roommates | renter",
    "capital": "investor | investors | angel | angel investor | angels | vc | vcs "
               "| venture capital | venture capitalist | funding | seed round "
               "| seed funding | pre seed | series a | series b | investment | capital "
               "| backer | backers | invest | investing | business angel",
    "mentor": "mentor | mentors | mentoring | mentorship | mentee | career advice | career coach "
              "| guidance | sounding board | advisor | adviser | advisory | business coach "
              "| life coach | executive coach",
    "volunteer": "volunteer | volunteers | volunteering | helper | helpers | extra hands "
                 "| pair of hands | few hours | spare time | give time | some hours "
                 "| give back | help out",
    "cofounder": "cofounder | co founder | co founding | cofounding | technical cofounder "
                 "| business partner | founding engineer",
    "speaking": "speaker | speakers | keynote | public speaking | podcast guest | panelist "
                "| talk | talks | give talks",
    "recruiter": "recruiter | recruiters | recruitment | headhunter | recruitment agency "
                 "| talent acquisition | staffing agency",
    "buyer": "buyer | buyers | purchaser | new owner | new home for",
    "repair": "*repair | repairs | repairer | restorer | restoration | refurbishment",
    "installing": "*installer | installation | fitter | fitting | assembly",
    "making": "*maker",
}

# Facets two texts must not disagree on: category -> {value: "phrase | phrase"}.
FACETS: dict[str, dict[str, str]] = {
    "language": {
        "english": "english", "spanish": "spanish", "french": "french", "german": "german",
        "italian": "italian", "portuguese": "portuguese", "japanese": "japanese",
        "chinese": "chinese | mandarin | cantonese", "korean": "korean", "arabic": "arabic",
        "russian": "russian", "polish": "polish", "dutch": "dutch", "hindi": "hindi",
        "urdu": "urdu", "turkish": "turkish", "greek": "greek", "welsh": "welsh",
        "bsl": "bsl | sign language",
    },
    "animal": {
        "dog": "dog | dogs | puppy | puppies | pup", "cat": "cat | cats | kitten | kittens",
        "horse": "horse | horses | pony | ponies", "rabbit": "rabbit | rabbits | bunny",
        "bird": "bird | birds | parrot | budgie | chickens | hens", "fish": "fish | aquarium",
        "reptile": "reptile | reptiles | snake | snakes | python | pythons | lizard | gecko",
        "rodent": "hamster | guinea pig | guinea pigs | rat | rats",
    },
    "subject": {
        "maths": "maths | math | mathematics | algebra | calculus",
        "physics": "physics", "chemistry": "chemistry", "biology": "biology",
        "history": "history", "geography": "geography", "economics": "economics",
        "guitar": "guitar", "piano": "piano | keyboard", "violin": "violin | fiddle",
        "drums": "drums | drumming", "singing": "singing | voice | vocal",
        "cello": "cello", "saxophone": "saxophone | sax", "flute": "flute",
        "swimming": "swimming | swim", "tennis": "tennis", "chess": "chess",
        "golf": "golf", "climbing": "climbing",
        "art": "drawing | art", "english_lit": "english literature",
    },
    "day": {
        "weekday": "weekday | weekdays | monday | tuesday | wednesday | thursday | friday "
                   "| during the week | daytime",
        "weekend": "weekend | weekends | saturday | saturdays | sunday | sundays",
    },
    "time": {
        "evening": "evening | evenings | night | nights | overnight",
        "morning": "morning | mornings",
    },
    "vehicle": {
        "car": "car | cars", "van": "van | vans", "motorbike": "motorbike | motorcycle",
        "bike": "bike | bikes | bicycle | bicycles | ebike", "boat": "boat | boats | yacht",
        "caravan": "caravan | campervan | camper van | motorhome",
    },
    "software": {
        "frontend": "frontend | front end | react | vue | angular | javascript | typescript "
                    "| css",
        "backend": "backend | back end | django | flask | rails | ruby | java | golang | go "
                   "| php | node | c # | dotnet | api",
        "mobile": "mobile | ios | android | swift | kotlin | flutter | react native",
        "devops": "devops | sre | kubernetes | aws | azure | gcp | terraform | docker | cloud",
        "data": "data | machine learning | ml | ai",
    },
    "legal": {
        "corporate": "corporate | contract | contracts | incorporation | incorporate "
                     "| term sheet | shareholder",
        "ip": "patent | patents | trademark | trademarks | copyright | intellectual property",
        "immigration": "immigration | visa | visas | green card | work permit | citizenship",
        "family": "divorce | custody | family law | prenup",
        "employment": "employment law | unfair dismissal | tribunal | wrongful termination",
        "property": "conveyancing | conveyancer | property law | lease | tenancy",
        "wills": "will | wills | probate",
        "criminal": "criminal | defence",
    },
    "health": {
        "skin": "dermatologist | skin", "child": "paediatrician | pediatrician",
    },
    "audience": {
        "child": "child | children | kid | kids | son | daughter | toddler | teenager "
                 "| teenagers | teens | school",
        "adult": "adult | adults | grown up",
    },
    "level": {
        "beginner": "beginner | beginners | novice | first time | complete beginner",
        "advanced": "advanced | professional level | conservatoire | grade 8",
    },
}

# Places people name in lower case too; aliases fold to one key.
PLACES = (
    "austin denver nashville boston chicago seattle portland miami atlanta dallas houston "
    "phoenix philadelphia pittsburgh detroit minneapolis raleigh charlotte orlando tampa "
    "baltimore cleveland sacramento oakland brooklyn manhattan boulder london berlin paris "
    "lisbon porto amsterdam rotterdam toronto vancouver montreal tokyo osaka singapore sydney "
    "melbourne barcelona madrid dublin munich hamburg zurich geneva stockholm copenhagen oslo "
    "helsinki vienna prague warsaw krakow rome milan brussels edinburgh manchester bristol "
    "leeds glasgow cardiff birmingham liverpool sheffield newcastle nottingham leicester "
    "oxford cambridge brighton york bath belfast aberdeen exeter norwich cork galway "
    "bangalore mumbai delhi seoul dubai nairobi lagos accra bogota lima santiago"
).split() + [
    "new york", "san francisco", "los angeles", "san diego", "san jose", "salt lake city",
    "las vegas", "new orleans", "mexico city", "sao paulo", "hong kong", "tel aviv",
    "cape town", "buenos aires", "silicon valley", "bay area", "new york city",
]
PLACE_ALIASES = {
    "nyc": "new york", "new york city": "new york", "manhattan": "new york",
    "sf": "san francisco", "bay area": "san francisco", "silicon valley": "san francisco",
    "philly": "philadelphia", "atx": "austin",
}

# Words that say nothing about what is sought or offered.
STOPWORDS = frozenset(
    """
    a an the some my our their his her your its i me we us you he she it they them this that
    these those who whom whose which what when where why how is are was were be been being am
    do does did have has had will would shall should can could may might must to of in on at
    by for with about into through during before after above below up down out off over under
    again then once here there all any both each few more most other such no nor not only own
    same so than too very just also and but if or because as until while per via etc plus
    anyone anybody someone somebody something everyone people person folks guy good great
    reliable trusted experienced senior junior really very new old small big nice local
    please thanks thank hi hello asap urgent urgently soon next last first best better get
    got make take go come know see like lot lots bit thing things stuff way year years month
    months week day days time times today area around near based ideally preferably
    """.split()
)
