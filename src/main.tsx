import { loadApp } from './app/load-app'
import './index.css'

await loadApp()
