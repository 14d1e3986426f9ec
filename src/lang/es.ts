// `import 'care-choice/lang/es'`: adds Spanish to the widgets of this page (a side effect).
import { registerLanguage } from '../engine/index.js';
import { es } from '../engine/texts/es.js';

registerLanguage(es);
