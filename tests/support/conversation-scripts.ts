// Scripted learner lines for driving conversations in tests and benches (ten per scenario).

export const SCRIPTS: Record<string, string[]> = {
  'breaking-news-cancer': [
    "Hello, I'm Dr Morgan, one of the doctors looking after you. Is it all right if I sit down?",
    'Before I go through the results, can you tell me what you understand about why we did the scan?',
    'How much detail would you like me to go into today?',
    "I'm afraid the results are not what we were hoping for.",
    'The scan and the biopsy show a cancer in the bowel, and it has spread to the liver.',
    'I can see this is a terrible shock. What is going through your mind right now?',
    'It makes complete sense that you feel frightened.',
    'Tom, how are you doing with all of this?',
    "We will be with you through this, and you won't have to face it alone.",
    'So, to sum up: the cancer has spread, we will meet the oncology team next week, and I will call you tomorrow.',
  ],
  'agitated-young-person': [
    "Hi, I'm Sam, one of the nurses here. What should I call you?",
    'You seem really frightened right now. Can you tell me what is going on?',
    'I want to help you. What would make the next few minutes easier?',
    'Would you rather sit here or somewhere quieter, away from all the noise?',
    'Calm down and sit down now or I will call security.',
    "I'm sorry, that came out wrong. I can hear how scared you are.",
    "I can't let you leave while you're this unwell, but I can stay with you and we can work this out together.",
    'It makes sense that this place feels overwhelming.',
    'What has been happening over the last few days?',
    "So, you haven't slept, you're scared of being kept here, and you want your mum to know where you are. Have I got that right?",
  ],
  'angry-relative-delayed-diagnosis': [
    "Hello, I'm Dr Patel, the registrar on the ward today. I understand you wanted to speak with someone.",
    'Can you tell me what has happened from your point of view?',
    'You sound really angry, and I can understand why.',
    "Don't worry, everything will be fine now.",
    'I am sorry. Your mother should have been seen sooner, and that should not have happened.',
    'The infection has spread to her blood, which is called sepsis, and she is on antibiotics through a drip.',
    'What worries you most right now?',
    "You've been by her side the whole time, and that matters a great deal.",
    'Would it help if I wrote down the plan, or would you prefer to go through it together now?',
    'So, to recap: the delay will be reviewed formally, she is on the right treatment, and I will update you this evening.',
  ],
};

/**
 * A rushed results consultation for `breaking-news-cancer`: news first, jargon, an order, false reassurance. Graded,
 * it scores poorly and gives the feedback plenty to point at.
 */
export const RUSHED_NEWS: readonly string[] = [
  'Hello.',
  'The CT shows a metastatic lesion in the liver from the primary in the bowel.',
  'You need to stop crying and listen to me.',
  "Don't worry, everything will be fine.",
  'We will refer you to oncology for palliative chemotherapy.',
];
