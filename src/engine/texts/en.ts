import type { CareChoiceConfig, ShowIf } from '../types.js';

const ALCA = 'https://www.aginglifecare.org';
const ELDERCARE = 'https://eldercare.acl.gov';
const CHECKED = '2026-12-05';
/** The neutral public route, in every outcome: older people and younger people with a disability. */
const ELDERCARE_STEP = {
  id: 'eldercare',
  text: 'For neutral public help, contact the Eldercare Locator. It is a public service of the U.S. Administration for Community Living. It helps older adults and people with disabilities find local services, such as the Area Agency on Aging or the Aging and Disability Resource Center. Phone: 1-800-677-1116.',
  href: ELDERCARE,
  public: true,
};
const ASK_HOSPITAL =
  'Before the person leaves the hospital, ask to talk with the hospital’s case manager or discharge planner. They plan the move home or to other care.';
const HOME_HELP =
  'For regular help at home, ask the discharge planner what help can come to the home. Start before the person leaves the hospital.';
const PLAN_TRIP = 'Before the trip, ask the person’s care team what help they will need while traveling.';
const ASK_TRAVEL = 'Ask each care manager whether they can help during the trip.';

/** Conditions for next steps, named once so every outcome uses the same ones. */
const inHospital: ShowIf = { question: 'situation', anyOf: ['in-hospital', 'leaving-hospital'] };
const atClinic: ShowIf = { question: 'situation', anyOf: ['clinic'] };
const awayFromCare: ShowIf = { question: 'situation', anyOf: ['at-home', 'travelling'] };
const notInHospital: ShowIf = { question: 'situation', anyOf: ['clinic', 'at-home', 'travelling'] };
const traveling: ShowIf = { question: 'situation', anyOf: ['travelling'] };
const homeAfterHospital: ShowIf = { question: 'after-discharge', anyOf: ['ongoing-at-home'] };
const recoveryOnly: ShowIf = { question: 'after-discharge', anyOf: ['recovery-only'] };
const afterUnsure: ShowIf = { question: 'after-discharge', anyOf: ['not-sure'] };
const longTerm: ShowIf = { question: 'duration', anyOf: ['long-term'] };

/** Next steps that several outcomes share, named once. */
const ASK_HOSPITAL_STEP = { id: 'ask-hospital', showIf: inHospital, text: ASK_HOSPITAL };
const HOME_HELP_STEP = { id: 'home-help', showIf: homeAfterHospital, text: HOME_HELP };
const ASK_CLINIC_STEP = { id: 'ask-clinic', showIf: atClinic, text: 'Ask the clinic whether a case manager can work with you.' };
const ASK_PROVIDER_STEP = {
  id: 'ask-provider',
  showIf: awayFromCare,
  text: 'Ask the hospital, clinic or care center that treats the person whether a case manager can work with you.',
};
const PLAN_TRIP_STEP = { id: 'plan-trip', showIf: traveling, text: PLAN_TRIP };
const ASK_TRAVEL_STEP = { id: 'ask-travel', showIf: traveling, text: ASK_TRAVEL };
const FIND_ALCA = 'The Aging Life Care Association helps families find care managers.';

/**
 * The English default content. Every fact about the two professions restates the source article
 * (see `sources`); the Eldercare Locator step, the discharge planner and who pays restate their own
 * sources, each with the date it was checked. Questions to ask and next
 * steps are practical prompts, not facts. Wording: "you" is the reader, "the person" is whoever
 * needs care, in every question.
 */
export const en: CareChoiceConfig = {
  lang: 'en',
  contentDate: '2026-11-25',
  sources: [
    {
      title: 'Differences and Similarities With Case Manager vs. Care Manager',
      href: 'https://www.flyingangels.com/case-manager-vs-care-manager/',
      publisher: 'Flying Angels, a medical travel company that provides flight nurse escorts',
    },
    {
      title: 'Nursing Case Management Review and Resource Manual, as quoted in Flying Angels’ guide above',
    },
    {
      title: 'Eldercare Locator',
      href: ELDERCARE,
      publisher: 'U.S. Administration for Community Living',
    },
    {
      title: 'Eldercare Locator: Connecting Older Adults to Critical Local Resources',
      href: 'https://usaging.org/eldercareloc',
      publisher: 'USAging',
    },
    {
      title: 'Aging and Disability Resource Centers',
      href: 'https://www.usaging.org/adrcs',
      publisher: 'USAging',
      checked: CHECKED,
    },
    {
      title: '42 CFR 482.43, Condition of participation: Discharge planning',
      href: 'https://www.ecfr.gov/current/title-42/section-482.43',
      publisher: 'eCFR; a U.S. federal rule for hospitals in Medicare',
      checked: CHECKED,
    },
    {
      title: 'Your right to hospital discharge planning',
      href: 'https://www.medicareinteractive.org/get-answers/medicare-covered-services/hospital-services-inpatient-part-a/your-right-to-hospital-discharge-planning',
      publisher: 'Medicare Interactive, Medicare Rights Center',
      checked: CHECKED,
    },
    {
      title: 'Are you SURE?: Assessing patient decisional conflict with a 4-item screening test',
      href: 'https://www.cfp.ca/content/56/8/e308',
      publisher: 'Légaré F, et al. Canadian Family Physician, vol. 56, no. 8, pages e308-e314, August 2010',
    },
  ],
  questions: [
    {
      id: 'for-whom',
      text: 'Who needs care?',
      options: [
        {
          id: 'myself',
          label: 'Me',
          weights: { caseManager: 0, careManager: 0 },
          reason: 'Both kinds of help work with the patient directly.',
        },
        {
          id: 'older-relative',
          label: 'An older parent or relative',
          weights: { caseManager: 0, careManager: 1 },
          reason: 'One of the job titles care managers go by is “geriatric care manager.”',
        },
        {
          id: 'partner',
          label: 'My partner or spouse',
          weights: { caseManager: 0, careManager: 0 },
          reason: 'Both kinds of help also advise the family.',
        },
        {
          id: 'someone-else',
          label: 'Someone else',
          weights: { caseManager: 0, careManager: 0 },
          reason: 'Both kinds of help also advise the family.',
        },
      ],
    },
    {
      id: 'situation',
      text: 'Where is the person who needs care right now?',
      options: [
        {
          id: 'in-hospital',
          label: 'In the hospital',
          weights: { caseManager: 3, careManager: 0 },
          reason: 'In most cases, case managers work for a hospital, a clinic or another care center.',
        },
        {
          id: 'leaving-hospital',
          label: 'About to leave the hospital',
          weights: { caseManager: 3, careManager: 1 },
          reason: 'A case manager plans the recovery time frame; a care manager helps with the move from one stage of care to the next.',
        },
        {
          id: 'clinic',
          label: 'Going to a clinic for care',
          weights: { caseManager: 3, careManager: 0 },
          reason: 'Case managers often work for clinics and other care centers.',
        },
        {
          id: 'at-home',
          label: 'At home',
          weights: { caseManager: 0, careManager: 3 },
          reason: 'Care managers usually work with patients in their homes.',
        },
        {
          id: 'travelling',
          label: 'Traveling, or planning a trip',
          weights: { caseManager: 0, careManager: 3 },
          reason: 'Care managers also work with patients while they travel.',
        },
      ],
    },
    {
      id: 'after-discharge',
      text: 'Will the person need help at home after leaving the hospital?',
      showIf: { question: 'situation', anyOf: ['in-hospital', 'leaving-hospital'] },
      options: [
        {
          id: 'ongoing-at-home',
          label: 'Yes, someone to arrange and check regular help at home',
          weights: { caseManager: 0, careManager: 3 },
          reason: 'Care managers visit patients at home regularly and help them through each stage of care.',
        },
        {
          id: 'recovery-only',
          label: 'No, just a plan to recover',
          weights: { caseManager: 3, careManager: 0 },
          reason: 'Case managers set a time frame for recovery and keep track of progress.',
        },
        { id: 'not-sure', label: 'Not sure yet', weights: { caseManager: 0, careManager: 0 }, reason: 'You can decide this later.' },
      ],
    },
    {
      id: 'works-for',
      text: 'Who should the case or care manager work for?',
      help: 'A case manager is usually paid by a hospital or clinic. A care manager often works directly for the patient or family.',
      options: [
        {
          id: 'facility',
          label: 'The hospital or clinic is fine',
          weights: { caseManager: 3, careManager: 0 },
          reason: 'In most cases, a case manager works directly for a hospital, a clinic or another care center.',
        },
        {
          id: 'family',
          label: 'Our family, directly',
          weights: { caseManager: 0, careManager: 3 },
          reason: 'Care managers often work directly for the patient, or for a private agency.',
        },
        {
          id: 'no-preference',
          label: 'I don’t mind',
          weights: { caseManager: 0, careManager: 0 },
          reason: 'Either kind of help can work for you.',
        },
      ],
    },
    {
      id: 'needs',
      text: 'What kinds of help are you looking for?',
      help: 'Choose all that apply.',
      multiple: true,
      options: [
        {
          id: 'recovery-plan',
          label: 'A plan and time frame for getting better',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers make a recovery time frame and check how it is going.',
        },
        {
          id: 'decisions',
          label: 'Advice on big decisions about care',
          weights: { caseManager: 3, careManager: 1 },
          reason: 'Both give advice: case managers on big decisions, care managers to the patient and loved ones.',
        },
        {
          id: 'care-team',
          label: 'Someone to work with all the doctors and nurses',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers build working ties with the other medical staff to make recovery go more smoothly.',
        },
        {
          id: 'whole-person',
          label: 'Care that looks at the whole person',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers look at the whole person during recovery, not just the illness.',
        },
        {
          id: 'emotional',
          label: 'Emotional support and keeping spirits up',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers watch the patient’s emotional well-being and help keep them motivated.',
        },
        {
          id: 'costs',
          label: 'Advice about health care costs',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers give patients and their families advice about health care costs.',
        },
        {
          id: 'home-visits',
          label: 'Regular visits at home',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers visit patients at home regularly to check how they are doing.',
        },
        {
          id: 'medications',
          label: 'Keeping track of medicines',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers may manage medicines and talk through any changes needed.',
        },
        {
          id: 'rights',
          label: 'Someone to stand up for the person’s rights',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers make sure patients know their rights and that the care plan respects them.',
        },
        {
          id: 'treatment-options',
          label: 'Finding out about treatment choices',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers look into treatment options.',
        },
        {
          id: 'insurance',
          label: 'Someone to deal with insurance and doctors for us',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers may act as a go-between for insurance and health care providers.',
        },
        {
          id: 'travel',
          label: 'Help while the person travels',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers work with patients during travel.',
        },
      ],
    },
    {
      id: 'duration',
      text: 'How long do you think help will be needed?',
      options: [
        {
          id: 'until-recovered',
          label: 'Until recovery from a hospital stay or illness',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers set a time frame for recovery and follow it.',
        },
        {
          id: 'long-term',
          label: 'A long time, through different stages of care',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers help through each stage of care and the changes between them.',
        },
        {
          id: 'not-sure',
          label: 'Not sure yet',
          weights: { caseManager: 0, careManager: 0 },
          reason: 'That is fine: you can ask either one.',
        },
      ],
    },
    {
      id: 'matters-most',
      text: 'What matters most to you?',
      help: 'There is no right answer. Pick the one closest to how you feel.',
      values: true,
      options: [
        {
          id: 'answers-to-family',
          label: 'Someone who answers to our family',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers often work directly for the patient and family.',
        },
        {
          id: 'help-in-hospital',
          label: 'Help inside the hospital, right now',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers usually work for the hospital and coordinate the patient’s overall care.',
        },
        {
          id: 'comes-home',
          label: 'Someone who comes to our home',
          weights: { caseManager: 0, careManager: 2 },
          reason: 'Care managers usually work with patients in their homes.',
        },
        {
          id: 'watches-costs',
          label: 'Someone who keeps an eye on costs',
          weights: { caseManager: 2, careManager: 0 },
          reason: 'Case managers give advice about health care costs.',
        },
      ],
    },
  ],
  professions: {
    caseManager: {
      name: 'Case manager',
      summary: 'A health professional, often a nurse. Usually works for a hospital or clinic. Coordinates the patient’s overall care.',
      alsoCalled: 'Nurse case manager. It is the older of the two job names.',
      employer: 'In most cases, a hospital, a clinic or another care center.',
      where: 'Usually through the hospital, clinic or care center they work for.',
      focus: 'Coordinating care, managing costs and using resources well, so that care is safe, good value and built around the patient.',
      duties: [
        'Sets a time frame for recovery and checks progress',
        'Advises the patient and family on big decisions',
        'Works with the other medical staff to make recovery smoother',
        'Gives advice about health care costs',
        'Looks at the whole person, not just the illness',
        'Watches the patient’s mood and keeps them motivated',
      ],
      overTime: 'Follows the recovery time frame they set and checks how it is going.',
      whoPays:
        'Usually the hospital or clinic they work for. Hospitals in Medicare must plan the patient’s discharge with the patient and caregivers. If you ask, the hospital must check what an inpatient will need after the stay. Ask what insurance covers after that.',
      limits: [
        'Works for the hospital or clinic. They do not work for your family directly.',
        'Works mostly in the hospital or clinic. Flying Angels’ guide lists no home visits or travel help for them.',
        'Cost: ask what your insurance will pay for after you leave.',
      ],
      association: 'American Case Management Association',
      associationHref: 'https://www.acmaweb.org',
      betterFit: 'The patient is in a hospital or clinic and needs a recovery plan or advice about costs.',
      questionsToAsk: [
        'What is the time frame for recovery, and how will you check progress?',
        'Who do we contact with questions later on?',
        'What will insurance cover, and what might we have to pay?',
        'Which other health professionals will be involved?',
      ],
    },
    careManager: {
      name: 'Care manager',
      summary:
        'A professional who works with the patient one to one. Often works directly for the patient or family. Makes a care plan for each stage of care.',
      alsoCalled: 'Geriatric care manager, nurse concierge, or professional patient advocate. It is the newer of the two job names.',
      employer: 'Often the patient or family directly, or a private agency.',
      where: 'Usually in the patient’s home, or with them while they travel.',
      focus: 'Making a care plan and supporting the patient through each stage of care and the changes between them.',
      duties: [
        'Visits at home regularly and talks through any changes needed to the plan or medicines',
        'Checks that medical care is suitable and legal',
        'Makes sure the patient knows their rights, and that the plan respects them',
        'May act as a go-between for insurance and health care providers',
        'May manage medicines and look into treatment options',
        'Gives advice and information to the patient, caregivers and loved ones',
      ],
      overTime: 'Stays involved through each stage of care, with regular home visits.',
      whoPays:
        'They often work directly for the patient or family, or for a private agency. Flying Angels’ guide does not say what they charge. Ask about fees, and whether insurance pays any part, before you start.',
      limits: [
        'Your family finds one. The Aging Life Care Association can help.',
        'It is a newer job with many titles, so ask about their training.',
        'Cost: ask what they charge before you start. Flying Angels’ guide gives no prices.',
      ],
      association: 'Aging Life Care Association',
      associationHref: ALCA,
      betterFit: 'You want someone who works for your family, helps at home or during travel, and stays through each stage of care.',
      questionsToAsk: [
        'How often will you visit at home?',
        'How do you work with our insurance and our doctors?',
        'How will you help us understand our rights?',
        'What is your training, and what do you charge?',
      ],
    },
  },
  table: {
    caption: 'Case manager or care manager: how they differ',
    rows: [
      { id: 'also-called', label: 'What are they also called?', field: 'alsoCalled' },
      { id: 'employer', label: 'Who do they work for?', field: 'employer' },
      { id: 'where', label: 'Where will I meet them?', field: 'where' },
      { id: 'focus', label: 'What do they focus on?', field: 'focus' },
      { id: 'duties', label: 'What do they do day to day?', field: 'duties' },
      { id: 'over-time', label: 'How do they stay involved over time?', field: 'overTime' },
      { id: 'who-pays', label: 'Who pays?', field: 'whoPays' },
      { id: 'limits', label: 'What should I keep in mind?', field: 'limits' },
      { id: 'association', label: 'Which professional group?', field: 'association' },
      { id: 'better-fit', label: 'When might they fit? (this tool’s summary of Flying Angels’ guide)', field: 'betterFit' },
    ],
  },
  results: {
    'case-manager': {
      title: 'A case manager is a likely fit',
      weakTitle: 'A case manager is a possible fit',
      summary: 'Your answers point to help from a hospital, clinic or care center, where case managers usually work.',
    },
    'care-manager': {
      title: 'A care manager is a likely fit',
      weakTitle: 'A care manager is a possible fit',
      summary: 'Your answers point to someone who works with the person one to one, often directly for the patient or family.',
    },
    both: {
      title: 'Both could help',
      summary: 'Your answers match some of what each one does. The two jobs share some duties, so it may help to talk to both.',
    },
    unsure: {
      title: 'Not sure yet',
      summary: 'Your answers do not point clearly to either one. Read how they differ, and use the next steps to ask each of them.',
    },
  },
  nextSteps: {
    'case-manager': [
      ASK_HOSPITAL_STEP,
      HOME_HELP_STEP,
      ASK_CLINIC_STEP,
      ASK_PROVIDER_STEP,
      PLAN_TRIP_STEP,
      { id: 'bring-questions', text: 'Bring the questions below to your first conversation.' },
      ELDERCARE_STEP,
    ],
    'care-manager': [
      ASK_HOSPITAL_STEP,
      { id: 'find-alca', text: FIND_ALCA, href: ALCA, public: true },
      {
        id: 'start-early',
        showIf: homeAfterHospital,
        text: 'For regular help at home, you can start looking for a care manager before the person leaves the hospital.',
      },
      ASK_TRAVEL_STEP,
      { id: 'bring-questions', text: 'Ask two or three care managers the questions below before you choose.' },
      ELDERCARE_STEP,
    ],
    both: [
      ASK_HOSPITAL_STEP,
      ASK_CLINIC_STEP,
      ASK_PROVIDER_STEP,
      {
        id: 'find-alca-home',
        showIf: homeAfterHospital,
        text: 'For regular help at home after the hospital, look for a care manager. The Aging Life Care Association helps families find one.',
        href: ALCA,
        public: true,
      },
      {
        id: 'find-alca-later',
        showIf: recoveryOnly,
        text: 'Later, you may want someone who works for your family through each stage of care. The Aging Life Care Association helps families find care managers.',
        href: ALCA,
        public: true,
      },
      {
        id: 'find-alca',
        showIf: notInHospital,
        text: FIND_ALCA,
        href: ALCA,
        public: true,
      },
      {
        id: 'find-alca-undecided',
        showIf: afterUnsure,
        text: FIND_ALCA,
        href: ALCA,
        public: true,
      },
      ASK_TRAVEL_STEP,
      { id: 'bring-questions', text: 'Bring the questions below when you talk to each of them.' },
      ELDERCARE_STEP,
    ],
    unsure: [
      { id: 'compare', text: 'Read how the two jobs differ, then go through the questions again if you like.' },
      ASK_HOSPITAL_STEP,
      HOME_HELP_STEP,
      { id: 'ask-provider', text: 'To talk with a case manager, ask the hospital, clinic or care center that treats the person.' },
      {
        id: 'find-alca',
        text: 'To find a care manager, the Aging Life Care Association helps families find one.',
        href: ALCA,
        public: true,
      },
      PLAN_TRIP_STEP,
      ELDERCARE_STEP,
    ],
  },
  // In the hospital now, with regular help at home for a long time after: the case manager plans the
  // recovery in the hospital, the care manager works through the stages of care at home (the guide).
  scoring: { minAnswered: 3, minTotal: 4, bothRatio: 0.75, bothMin: 5, bothWhen: [inHospital, homeAfterHospital, longTerm] },
  strings: {
    'quiz.label': 'Case manager or care manager? A short quiz',
    'quiz.intro.title': 'Case manager or care manager?',
    'quiz.intro.text': 'Answer a few short questions to see which kind of help may fit your family. It takes about two minutes.',
    'quiz.not-loaded': 'If the quiz does not start in a moment, it could not load on this page.',
    'quiz.no-script': 'It needs JavaScript, which is off in this browser.',
    'quiz.start': 'Start',
    'quiz.progress': 'Question {step} of {total}',
    'quiz.back': 'Back',
    'quiz.next': 'Next',
    'quiz.finish': 'See my result',
    'quiz.restart': 'Start over',
    'quiz.back-to-result': 'Back to my result',
    'quiz.required': 'Please choose an answer to continue.',
    'quiz.announce.step': 'Question {step} of {total}',
    'quiz.announce.result': 'Your result is ready.',
    'quiz.open': 'Case manager or care manager? Take the 2-minute quiz',
    'quiz.close': 'Close',
    'result.empty': 'Answer the quiz to see which kind of help may fit your family.',
    'result.kicker': 'Likely fit, based on your answers',
    'result.kicker.weak': 'Based on your answers so far',
    'result.values': 'You said “{answer}” matters most. That points to a {values}. Your other answers point more to a {result}.',
    'result.checked': 'checked {date}',
    'result.strength': 'Strength of match: {strength}',
    'result.strength.weak': 'weak',
    'result.strength.moderate': 'moderate',
    'result.strength.strong': 'strong',
    'result.strength.both.weak': 'Your answers point to both, though not quite equally.',
    'result.strength.both.moderate': 'Your answers point to both about equally.',
    'result.strength.unsure': 'Your answers do not point clearly to either one yet.',
    'result.meter': 'Your answers lean {caseManager}% toward a case manager and {careManager}% toward a care manager.',
    'result.limits': 'Keep in mind',
    'result.why': 'Why this result',
    'result.why.none': 'None of your answers leaned either way yet.',
    'result.leans.caseManager': 'Points to a case manager',
    'result.leans.careManager': 'Points to a care manager',
    'result.leans.both': 'Points to both',
    'result.you-said': 'You said “{answer}”.',
    'result.change': 'Change this answer',
    'result.change.label': 'Change this answer: {question}',
    'result.other': 'The other option: {name}',
    'result.next-steps': 'Next steps',
    'result.questions': 'Questions to ask',
    'result.questions.for': 'Questions to ask a {name}',
    'result.answers': 'Your answers',
    'result.cta': 'Talk to us',
    'result.print': 'Print summary',
    'result.copy-link': 'Copy a link to this result',
    'result.copied': 'Link copied. Anyone with the link can see these answers.',
    'result.copy-failed': 'Copying did not work. Select the link below and copy it.',
    'result.link-label': 'Link to this result',
    'result.disclaimer': 'This is general information to help you talk with professionals. It is not medical or legal advice.',
    'result.sources': 'Sources',
    'result.content-date': 'Content checked on {date}.',
    'result.review': 'Reviewed every 12 months; last checked {date}.',
    'result.report': 'Report a problem with this information',
    'result.undated': 'no date given',
    'result.provided-by': 'Provided by {agency}.',
    'table.likely-fit': 'Likely fit for you',
    'table.highlighted': 'Highlighted',
    'table.announce': 'The table now marks: {names}.',
    'date.months': 'January February March April May June July August September October November December',
    'date.format': '{month} {day}, {year}',
    'config.invalid': 'Some settings could not be used, so the default content is shown.',
    // The result card's own strings (readiness check, call to action, reasons): a block of their own.
    'cta.disclosure': 'Provided by {agency}, which may offer paid care services.',
    'cta.disclosure.generic': 'This link goes to a care provider, who may offer paid services.',
    'reasons.showAll': 'Show all reasons ({count})',
    'reasons.showFewer': 'Show fewer reasons',
    'readiness.title': 'Are you ready to choose?',
    'readiness.intro': 'Your answers stay on this page.',
    'readiness.yes': 'Yes',
    'readiness.no': 'No, not yet',
    'readiness.sure': 'Do you feel sure about the best choice for your family?',
    'readiness.sure.no': 'That is normal. Ask each of them the questions below before you choose.',
    'readiness.know': 'Do you know the good points and the limits of each option?',
    'readiness.know.no': 'Read what each one does and what to keep in mind.',
    'readiness.values': 'Are you clear about what matters most to you?',
    'readiness.values.no': 'Think again about what matters most. You can change that answer.',
    'readiness.support': 'Do you have enough support and advice to choose?',
    'readiness.support.no': 'Talk it through with someone you trust, or with someone named in the next steps.',
  },
};
