import type { LanguagePack } from '../types.js';

const ASK_HOSPITAL =
  'Antes de que la persona salga del hospital, pida hablar con el administrador de casos o el planificador del alta (discharge planner) del hospital. Ellos planifican la salida a casa o a otro lugar de cuidados.';
const HOME_HELP =
  'Para la ayuda periódica en casa, pregunte al planificador del alta qué ayuda puede ir a la casa. Empiece antes de que la persona salga del hospital.';
const PLAN_TRIP = 'Antes del viaje, pregunte al equipo que atiende a la persona qué ayuda necesitará durante el viaje.';
const ASK_TRAVEL = 'Pregunte a cada gestor de cuidados si puede ayudar durante el viaje.';
const ASK_CLINIC = 'Pregunte en la clínica si un administrador de casos puede trabajar con ustedes.';
const ASK_PROVIDER =
  'Pregunte en el hospital, la clínica o el centro de atención que trata a la persona si un administrador de casos puede trabajar con ustedes.';
const FIND_ALCA = 'La Aging Life Care Association ayuda a las familias a encontrar gestores de cuidados (en inglés).';
const ELDERCARE =
  'Para una ayuda pública y neutral, consulte el Eldercare Locator. Es un servicio público de la Administración para la Vida Comunitaria de EE. UU. Ayuda a las personas mayores y a las personas con discapacidad a encontrar servicios locales, como la Area Agency on Aging (la agencia local para personas mayores) o el Aging and Disability Resource Center (el centro de recursos para personas mayores y con discapacidad). Teléfono: 1-800-677-1116.';

/**
 * Spanish content (usted), as a language pack: only the words. Ids, weights, branching, next-step
 * conditions and links come from English through the same merge-by-id that agencies use, so the
 * two languages cannot drift apart (the sources list has no ids, so it is given whole). Each
 * profession's name carries its English job title, the word a family will meet in a U.S. hospital.
 */
export const es: LanguagePack = {
  lang: 'es',
  sources: [
    {
      title: 'Differences and Similarities With Case Manager vs. Care Manager',
      href: 'https://www.flyingangels.com/case-manager-vs-care-manager/',
      publisher: 'Flying Angels, empresa de viajes médicos que ofrece enfermeros que acompañan a pacientes en vuelos; guía en inglés',
    },
    { title: 'Nursing Case Management Review and Resource Manual, citado en la guía de Flying Angels' },
    {
      title: 'Eldercare Locator',
      href: 'https://eldercare.acl.gov',
      publisher: 'U.S. Administration for Community Living, la Administración para la Vida Comunitaria de EE. UU.',
    },
    {
      title: 'Eldercare Locator: Connecting Older Adults to Critical Local Resources',
      href: 'https://usaging.org/eldercareloc',
      publisher: 'USAging; página en inglés',
    },
    {
      title: 'Aging and Disability Resource Centers',
      href: 'https://www.usaging.org/adrcs',
      publisher: 'USAging; página en inglés',
      checked: '2026-12-05',
    },
    {
      title: '42 CFR 482.43, Condition of participation: Discharge planning',
      href: 'https://www.ecfr.gov/current/title-42/section-482.43',
      publisher: 'eCFR; norma federal de EE. UU. para los hospitales de Medicare; en inglés',
      checked: '2026-12-05',
    },
    {
      title: 'Your right to hospital discharge planning',
      href: 'https://www.medicareinteractive.org/get-answers/medicare-covered-services/hospital-services-inpatient-part-a/your-right-to-hospital-discharge-planning',
      publisher: 'Medicare Interactive, Medicare Rights Center; página en inglés',
      checked: '2026-12-05',
    },
    {
      title: 'Are you SURE?: Assessing patient decisional conflict with a 4-item screening test',
      href: 'https://www.cfp.ca/content/56/8/e308',
      publisher: 'Légaré F, et al. Canadian Family Physician, vol. 56, n.º 8, e308-e314, agosto de 2010; artículo en inglés',
    },
  ],
  questions: [
    {
      id: 'for-whom',
      text: '¿Quién necesita los cuidados?',
      options: [
        { id: 'myself', label: 'Yo', reason: 'Los dos profesionales trabajan directamente con el paciente.' },
        {
          id: 'older-relative',
          label: 'Mi madre, mi padre u otro familiar mayor',
          reason: 'Uno de los nombres que recibe el gestor de cuidados es «gestor de cuidados geriátricos».',
        },
        { id: 'partner', label: 'Mi pareja', reason: 'Los dos profesionales también aconsejan a la familia.' },
        { id: 'someone-else', label: 'Otra persona', reason: 'Los dos profesionales también aconsejan a la familia.' },
      ],
    },
    {
      id: 'situation',
      text: '¿Dónde está ahora la persona que necesita los cuidados?',
      options: [
        {
          id: 'in-hospital',
          label: 'En el hospital',
          reason: 'En la mayoría de los casos, el administrador de casos trabaja para un hospital, una clínica u otro centro de atención.',
        },
        {
          id: 'leaving-hospital',
          label: 'A punto de salir del hospital',
          reason:
            'El administrador de casos fija los plazos de la recuperación; el gestor de cuidados ayuda a pasar de una etapa de cuidados a la siguiente.',
        },
        {
          id: 'clinic',
          label: 'Va a una clínica para recibir atención',
          reason: 'El administrador de casos suele trabajar para clínicas y otros centros de atención.',
        },
        { id: 'at-home', label: 'En casa', reason: 'El gestor de cuidados suele atender a los pacientes en su casa.' },
        {
          id: 'travelling',
          label: 'De viaje, o preparando un viaje',
          reason: 'El gestor de cuidados también trabaja con los pacientes cuando viajan.',
        },
      ],
    },
    {
      id: 'after-discharge',
      text: '¿Necesitará la persona ayuda en casa después del alta?',
      options: [
        {
          id: 'ongoing-at-home',
          label: 'Sí, alguien que organice y revise la ayuda periódica en casa',
          reason: 'El gestor de cuidados visita al paciente en casa con regularidad y lo acompaña en cada etapa de cuidados.',
        },
        {
          id: 'recovery-only',
          label: 'No, solo un plan para recuperarse',
          reason: 'El administrador de casos fija los plazos de la recuperación y sigue cómo avanza.',
        },
        { id: 'not-sure', label: 'Todavía no lo sé', reason: 'Puede decidirlo más adelante.' },
      ],
    },
    {
      id: 'works-for',
      text: '¿Para quién debería trabajar el administrador de casos o el gestor de cuidados?',
      help: 'Al administrador de casos normalmente le paga el hospital o la clínica. El gestor de cuidados muchas veces trabaja directamente para el paciente o su familia.',
      options: [
        {
          id: 'facility',
          label: 'Para el hospital o la clínica, me parece bien',
          reason:
            'En la mayoría de los casos, el administrador de casos trabaja directamente para un hospital, una clínica u otro centro de atención.',
        },
        {
          id: 'family',
          label: 'Directamente para nuestra familia',
          reason: 'El gestor de cuidados muchas veces trabaja directamente para el paciente o para una agencia privada.',
        },
        { id: 'no-preference', label: 'Me da igual', reason: 'Cualquiera de los dos puede servirle.' },
      ],
    },
    {
      id: 'needs',
      text: '¿Qué tipo de ayuda busca?',
      help: 'Marque todas las que correspondan.',
      options: [
        {
          id: 'recovery-plan',
          label: 'Un plan con plazos para recuperarse',
          reason: 'El administrador de casos hace un calendario de recuperación y revisa cómo va.',
        },
        {
          id: 'decisions',
          label: 'Consejo en las decisiones importantes sobre los cuidados',
          reason:
            'Los dos dan consejos: el administrador de casos en las decisiones importantes; el gestor de cuidados, al paciente y a sus seres queridos.',
        },
        {
          id: 'care-team',
          label: 'Alguien que trabaje con todos los médicos y enfermeros',
          reason:
            'El administrador de casos crea lazos de trabajo con el resto del personal médico para que la recuperación sea más fluida.',
        },
        {
          id: 'whole-person',
          label: 'Una atención que tenga en cuenta a la persona en su conjunto',
          reason: 'El administrador de casos atiende a la persona en su conjunto durante la recuperación, no solo a la enfermedad.',
        },
        {
          id: 'emotional',
          label: 'Apoyo emocional y ánimo',
          reason: 'El administrador de casos está pendiente del bienestar emocional del paciente y lo ayuda a mantenerse motivado.',
        },
        {
          id: 'costs',
          label: 'Consejos sobre los gastos médicos',
          reason: 'El administrador de casos aconseja al paciente y a su familia sobre los gastos médicos.',
        },
        {
          id: 'home-visits',
          label: 'Visitas periódicas en casa',
          reason: 'El gestor de cuidados visita a los pacientes en casa con regularidad para ver cómo están.',
        },
        {
          id: 'medications',
          label: 'Llevar el control de los medicamentos',
          reason: 'El gestor de cuidados puede encargarse de los medicamentos y hablar de los cambios que hagan falta.',
        },
        {
          id: 'rights',
          label: 'Alguien que defienda los derechos de la persona',
          reason: 'El gestor de cuidados se asegura de que el paciente conozca sus derechos y de que el plan de cuidados los respete.',
        },
        {
          id: 'treatment-options',
          label: 'Informarnos sobre los tratamientos posibles',
          reason: 'El gestor de cuidados investiga las opciones de tratamiento.',
        },
        {
          id: 'insurance',
          label: 'Alguien que trate con el seguro y los médicos por nosotros',
          reason: 'El gestor de cuidados puede hacer de enlace entre el seguro y los profesionales de la salud.',
        },
        {
          id: 'travel',
          label: 'Ayuda mientras la persona viaja',
          reason: 'El gestor de cuidados trabaja con los pacientes durante sus viajes.',
        },
      ],
    },
    {
      id: 'duration',
      text: '¿Cuánto tiempo cree que hará falta la ayuda?',
      options: [
        {
          id: 'until-recovered',
          label: 'Hasta recuperarse de una hospitalización o enfermedad',
          reason: 'El administrador de casos fija los plazos de la recuperación y les da seguimiento.',
        },
        {
          id: 'long-term',
          label: 'Mucho tiempo, en distintas etapas de cuidados',
          reason: 'El gestor de cuidados acompaña en cada etapa de cuidados y en los cambios entre una y otra.',
        },
        { id: 'not-sure', label: 'Todavía no lo sé', reason: 'No pasa nada: puede preguntarle a cualquiera de los dos.' },
      ],
    },
    {
      id: 'matters-most',
      text: '¿Qué es lo más importante para usted?',
      help: 'No hay respuestas correctas. Elija la que más se acerque a lo que siente.',
      options: [
        {
          id: 'answers-to-family',
          label: 'Alguien que responda ante nuestra familia',
          reason: 'El gestor de cuidados muchas veces trabaja directamente para el paciente y su familia.',
        },
        {
          id: 'help-in-hospital',
          label: 'Ayuda dentro del hospital, ahora mismo',
          reason: 'El administrador de casos suele trabajar para el hospital y coordina toda la atención del paciente.',
        },
        {
          id: 'comes-home',
          label: 'Alguien que venga a nuestra casa',
          reason: 'El gestor de cuidados suele atender a los pacientes en su casa.',
        },
        {
          id: 'watches-costs',
          label: 'Alguien que vigile los gastos',
          reason: 'El administrador de casos da consejos sobre los gastos médicos.',
        },
      ],
    },
  ],
  professions: {
    caseManager: {
      name: 'Administrador de casos (case manager)',
      summary:
        'Un profesional de la salud, muchas veces enfermero o enfermera. Suele trabajar para un hospital o una clínica. Coordina toda la atención del paciente.',
      alsoCalled: 'Enfermero administrador de casos, en inglés «nurse case manager». Es el nombre más antiguo de los dos.',
      employer: 'En la mayoría de los casos, un hospital, una clínica u otro centro de atención.',
      where: 'Por lo general, a través del hospital, la clínica o el centro de atención para el que trabaja.',
      focus:
        'Coordinar la atención, administrar los gastos y aprovechar bien los recursos, para que la atención sea segura, valga lo que cuesta y esté pensada para el paciente.',
      duties: [
        'Fija un calendario de recuperación y revisa cómo avanza',
        'Aconseja al paciente y a su familia en las decisiones importantes',
        'Trabaja con el resto del personal médico para que la recuperación sea más fluida',
        'Da consejos sobre los gastos médicos',
        'Atiende a la persona en su conjunto, no solo a la enfermedad',
        'Está pendiente del ánimo del paciente y lo ayuda a mantenerse motivado',
      ],
      overTime: 'Sigue el calendario de recuperación que fijó y revisa cómo va.',
      whoPays:
        'Por lo general, el hospital o la clínica para el que trabaja. Los hospitales de Medicare deben planificar el alta con el paciente y con quienes lo cuidan. Si usted lo pide, el hospital debe evaluar qué necesitará un paciente ingresado después de la estancia. Pregunte qué cubre el seguro después.',
      limits: [
        'Trabaja para el hospital o la clínica, no directamente para su familia.',
        'Trabaja sobre todo en el hospital o la clínica. La guía de Flying Angels no le atribuye visitas a domicilio ni ayuda en los viajes.',
        'Costo: pregunte qué cubre el seguro después del alta.',
      ],
      association: 'American Case Management Association, asociación profesional de administradores de casos',
      betterFit: 'El paciente está en un hospital o una clínica y necesita un plan de recuperación o consejos sobre los gastos.',
      questionsToAsk: [
        '¿Cuánto tiempo llevará la recuperación y cómo van a revisar los avances?',
        '¿A quién llamamos si tenemos preguntas más adelante?',
        '¿Qué cubre el seguro y qué podríamos tener que pagar nosotros?',
        '¿Qué otros profesionales de la salud van a participar?',
      ],
    },
    careManager: {
      name: 'Gestor de cuidados (care manager)',
      summary:
        'Un profesional que trabaja con el paciente de forma personal. Muchas veces trabaja directamente para el paciente o su familia. Prepara un plan de cuidados para cada etapa.',
      alsoCalled:
        'Gestor de cuidados geriátricos, enfermero de atención personalizada o defensor profesional del paciente; en inglés «geriatric care manager», «nurse concierge» o «professional patient advocate». Es el nombre más nuevo de los dos.',
      employer: 'Muchas veces el propio paciente o su familia, o una agencia privada.',
      where: 'Por lo general, en la casa del paciente, o con él cuando viaja.',
      focus: 'Preparar un plan de cuidados y acompañar al paciente en cada etapa de cuidados y en los cambios entre una y otra.',
      duties: [
        'Hace visitas periódicas en casa y habla de los cambios que hagan falta en el plan o los medicamentos',
        'Revisa que la atención médica sea adecuada y legal',
        'Se asegura de que el paciente conozca sus derechos y de que el plan los respete',
        'Puede hacer de enlace entre el seguro y los profesionales de la salud',
        'Puede encargarse de los medicamentos e investigar opciones de tratamiento',
        'Aconseja e informa al paciente, a quienes lo cuidan y a sus seres queridos',
      ],
      overTime: 'Sigue a su lado en cada etapa de cuidados, con visitas periódicas en casa.',
      whoPays:
        'Muchas veces trabaja directamente para el paciente o su familia, o para una agencia privada. La guía de Flying Angels no dice cuánto cobra. Antes de empezar, pregunte por sus tarifas y si algún seguro paga una parte.',
      limits: [
        'Su familia lo busca. La Aging Life Care Association puede ayudar.',
        'Es una profesión más nueva y con muchos nombres, así que pregunte por su formación.',
        'Costo: pregunte cuánto cobra antes de empezar. La guía de Flying Angels no da precios.',
      ],
      association: 'Aging Life Care Association, asociación profesional de gestores de cuidados',
      betterFit:
        'Busca a alguien que trabaje para su familia, que ayude en casa o durante los viajes, y que siga con ustedes en cada etapa de cuidados.',
      questionsToAsk: [
        '¿Cada cuánto vendrá a casa?',
        '¿Cómo trabaja con nuestro seguro y nuestros médicos?',
        '¿Cómo nos ayudará a entender nuestros derechos?',
        '¿Qué formación tiene y cuánto cobra?',
      ],
    },
  },
  table: {
    caption: 'Administrador de casos o gestor de cuidados: en qué se diferencian',
    rows: [
      { id: 'also-called', label: '¿Qué otros nombres tiene?' },
      { id: 'employer', label: '¿Para quién trabaja?' },
      { id: 'where', label: '¿Dónde lo veré?' },
      { id: 'focus', label: '¿En qué se centra?' },
      { id: 'duties', label: '¿Qué hace en el día a día?' },
      { id: 'over-time', label: '¿Cómo sigue presente con el tiempo?' },
      { id: 'who-pays', label: '¿Quién paga?' },
      { id: 'limits', label: '¿Qué debo tener en cuenta?' },
      { id: 'association', label: '¿A qué asociación profesional pertenece?' },
      { id: 'better-fit', label: '¿Cuándo podría encajar? (resumen de la guía de Flying Angels hecho por esta herramienta)' },
    ],
  },
  results: {
    'case-manager': {
      title: 'Un administrador de casos podría ser una buena opción',
      weakTitle: 'Un administrador de casos es una opción posible',
      summary:
        'Sus respuestas apuntan a la ayuda de un hospital, una clínica o un centro de atención, donde suelen trabajar los administradores de casos.',
    },
    'care-manager': {
      title: 'Un gestor de cuidados podría ser una buena opción',
      weakTitle: 'Un gestor de cuidados es una opción posible',
      summary:
        'Sus respuestas apuntan a alguien que trabaje con la persona de forma personal, muchas veces directamente para el paciente o su familia.',
    },
    both: {
      title: 'Los dos podrían ayudar',
      summary:
        'Sus respuestas coinciden con parte de lo que hace cada uno. Los dos trabajos comparten algunas tareas, así que puede ser útil hablar con ambos.',
    },
    unsure: {
      title: 'Todavía no está claro',
      summary:
        'Sus respuestas no apuntan claramente a ninguno de los dos. Lea en qué se diferencian y use los próximos pasos para consultar a cada uno.',
    },
  },
  nextSteps: {
    'case-manager': [
      { id: 'ask-hospital', text: ASK_HOSPITAL },
      { id: 'home-help', text: HOME_HELP },
      { id: 'ask-clinic', text: ASK_CLINIC },
      { id: 'ask-provider', text: ASK_PROVIDER },
      { id: 'plan-trip', text: PLAN_TRIP },
      { id: 'bring-questions', text: 'Lleve las preguntas de abajo a la primera conversación.' },
      { id: 'eldercare', text: ELDERCARE },
    ],
    'care-manager': [
      { id: 'ask-hospital', text: ASK_HOSPITAL },
      { id: 'find-alca', text: FIND_ALCA },
      {
        id: 'start-early',
        text: 'Para la ayuda periódica en casa, puede empezar a buscar un gestor de cuidados antes de que la persona salga del hospital.',
      },
      { id: 'ask-travel', text: ASK_TRAVEL },
      { id: 'bring-questions', text: 'Haga las preguntas de abajo a dos o tres gestores de cuidados antes de elegir.' },
      { id: 'eldercare', text: ELDERCARE },
    ],
    both: [
      { id: 'ask-hospital', text: ASK_HOSPITAL },
      { id: 'ask-clinic', text: ASK_CLINIC },
      { id: 'ask-provider', text: ASK_PROVIDER },
      {
        id: 'find-alca-home',
        text: 'Para la ayuda periódica en casa después del alta, busque un gestor de cuidados. La Aging Life Care Association ayuda a las familias a encontrarlo (en inglés).',
      },
      {
        id: 'find-alca-later',
        text: 'Más adelante quizá busque a alguien que trabaje para su familia en cada etapa de cuidados. La Aging Life Care Association ayuda a las familias a encontrar gestores de cuidados (en inglés).',
      },
      { id: 'find-alca', text: FIND_ALCA },
      { id: 'find-alca-undecided', text: FIND_ALCA },
      { id: 'ask-travel', text: ASK_TRAVEL },
      { id: 'bring-questions', text: 'Lleve las preguntas de abajo cuando hable con cada uno.' },
      { id: 'eldercare', text: ELDERCARE },
    ],
    unsure: [
      { id: 'compare', text: 'Lea en qué se diferencian los dos trabajos y, si quiere, vuelva a responder las preguntas.' },
      { id: 'ask-hospital', text: ASK_HOSPITAL },
      { id: 'home-help', text: HOME_HELP },
      {
        id: 'ask-provider',
        text: 'Para hablar con un administrador de casos, pregunte en el hospital, la clínica o el centro de atención que trata a la persona.',
      },
      {
        id: 'find-alca',
        text: 'Para encontrar un gestor de cuidados, la Aging Life Care Association ayuda a las familias a encontrarlo (en inglés).',
      },
      { id: 'plan-trip', text: PLAN_TRIP },
      { id: 'eldercare', text: ELDERCARE },
    ],
  },
  strings: {
    'quiz.label': '¿Administrador de casos o gestor de cuidados? Un cuestionario breve',
    'quiz.intro.title': '¿Administrador de casos o gestor de cuidados?',
    'quiz.intro.text': 'Responda unas preguntas breves para ver qué tipo de ayuda podría convenir a su familia. Se tarda unos dos minutos.',
    'quiz.not-loaded': 'Si el cuestionario no empieza en un momento, no se pudo cargar en esta página.',
    'quiz.no-script': 'Necesita JavaScript, que está desactivado en este navegador.',
    'quiz.start': 'Empezar',
    'quiz.progress': 'Pregunta {step} de {total}',
    'quiz.back': 'Atrás',
    'quiz.next': 'Siguiente',
    'quiz.finish': 'Ver mi resultado',
    'quiz.restart': 'Empezar de nuevo',
    'quiz.back-to-result': 'Volver a mi resultado',
    'quiz.required': 'Elija una respuesta para continuar.',
    'quiz.announce.step': 'Pregunta {step} de {total}',
    'quiz.announce.result': 'Su resultado está listo.',
    'quiz.open': '¿Administrador de casos o gestor de cuidados? Haga el cuestionario de 2 minutos',
    'quiz.close': 'Cerrar',
    'result.empty': 'Responda el cuestionario para ver qué tipo de ayuda podría convenir a su familia.',
    'result.kicker': 'Opción probable, según sus respuestas',
    'result.kicker.weak': 'Según sus respuestas hasta ahora',
    'result.values':
      'Usted dijo que lo más importante es «{answer}». Eso apunta a un {values}. Sus otras respuestas apuntan más a un {result}.',
    'result.checked': 'consultado el {date}',
    'result.strength': 'Grado de coincidencia: {strength}',
    'result.strength.weak': 'bajo',
    'result.strength.moderate': 'medio',
    'result.strength.strong': 'alto',
    'result.strength.both.weak': 'Sus respuestas apuntan a los dos, aunque no del todo por igual.',
    'result.strength.both.moderate': 'Sus respuestas apuntan a los dos más o menos por igual.',
    'result.strength.unsure': 'Sus respuestas todavía no apuntan claramente a ninguno de los dos.',
    'result.meter':
      'Sus respuestas se inclinan un {caseManager} % hacia un administrador de casos y un {careManager} % hacia un gestor de cuidados.',
    'result.limits': 'Tenga en cuenta',
    'result.why': 'Por qué este resultado',
    'result.why.none': 'Ninguna de sus respuestas se inclina todavía hacia un lado.',
    'result.leans.caseManager': 'Apunta a un administrador de casos',
    'result.leans.careManager': 'Apunta a un gestor de cuidados',
    'result.leans.both': 'Apunta a los dos',
    'result.you-said': 'Usted respondió «{answer}».',
    'result.change': 'Cambiar esta respuesta',
    'result.change.label': 'Cambiar esta respuesta: {question}',
    'result.other': 'La otra opción: {name}',
    'result.next-steps': 'Próximos pasos',
    'result.questions': 'Preguntas que puede hacer',
    'result.questions.for': 'Preguntas para un {name}',
    'result.answers': 'Sus respuestas',
    'result.cta': 'Hable con nosotros',
    'result.print': 'Imprimir resumen',
    'result.copy-link': 'Copiar un enlace a este resultado',
    'result.copied': 'Enlace copiado. Cualquier persona con el enlace puede ver estas respuestas.',
    'result.copy-failed': 'No se pudo copiar. Seleccione el enlace de abajo y cópielo.',
    'result.link-label': 'Enlace a este resultado',
    'result.disclaimer': 'Esta es información general para ayudarle a hablar con profesionales. No es asesoramiento médico ni legal.',
    'result.sources': 'Fuentes',
    'result.content-date': 'Contenido revisado el {date}.',
    'result.review': 'Se revisa cada 12 meses; última revisión: {date}.',
    'result.report': 'Informar de un problema con esta información',
    'result.undated': 'sin fecha',
    'result.provided-by': 'Ofrecido por {agency}.',
    'table.likely-fit': 'Opción probable para usted',
    'table.highlighted': 'Destacado',
    'table.announce': 'La tabla ahora destaca: {names}.',
    'date.months': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'date.format': '{day} de {month} de {year}',
    'config.invalid': 'Algunos ajustes no se pudieron usar, así que se muestra el contenido predeterminado.',
    // Los textos propios de la tarjeta de resultado (comprobación, llamada a la acción, razones).
    'cta.disclosure': 'Ofrecido por {agency}, que puede ofrecer servicios de cuidado pagados.',
    'cta.disclosure.generic': 'Este enlace lleva a un proveedor de cuidados, que puede ofrecer servicios pagados.',
    'reasons.showAll': 'Ver todas las razones ({count})',
    'reasons.showFewer': 'Ver menos razones',
    'readiness.title': '¿Tiene lo que necesita para decidir?',
    'readiness.intro': 'Sus respuestas se quedan en esta página.',
    'readiness.yes': 'Sí',
    'readiness.no': 'No, todavía no',
    'readiness.sure': '¿Tiene clara la mejor opción para su familia?',
    'readiness.sure.no': 'Es normal. Haga a cada uno las preguntas de abajo antes de decidir.',
    'readiness.know': '¿Conoce los puntos a favor y los límites de cada opción?',
    'readiness.know.no': 'Lea lo que hace cada uno y lo que conviene tener en cuenta.',
    'readiness.values': '¿Tiene claro qué es lo que más le importa?',
    'readiness.values.no': 'Piense otra vez en lo que más le importa. Puede cambiar esa respuesta.',
    'readiness.support': '¿Tiene suficiente apoyo y consejo para decidir?',
    'readiness.support.no': 'Hable con alguien de confianza, o con alguien de los próximos pasos.',
  },
};
