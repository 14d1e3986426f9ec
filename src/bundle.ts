// The drop-in script's entry: registers every element.
import './define.js';
