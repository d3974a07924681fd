import { app } from 'electron';
import { api } from '../shared/api';
console.log(Object.keys(api), app.getName());
